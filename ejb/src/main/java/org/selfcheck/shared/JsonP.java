package org.selfcheck.shared;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider up with a
 * {@link java.util.ServiceLoader} on every call, a scan of the deployment's jars: measured by the benchmark (issue 16),
 * 9% of the CPU of recording and receiving filings. Use {@code JsonP.PROVIDER.createObjectBuilder()} and its siblings
 * instead (an architecture rule keeps {@code Json}'s methods out).
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }
}
