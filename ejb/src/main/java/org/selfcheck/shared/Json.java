package org.selfcheck.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

/**
 * JSON of stored documents (audit entries' before and after, report contents): properties in a fixed order and
 * nulls written, so the same record always gives the same text. One thread-safe instance.
 */
public final class Json {

    public static final Jsonb STORED = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
            .withNullValues(true));

    private Json() {
    }
}
