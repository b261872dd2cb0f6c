package org.selfcheck.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfcheck.bureau.spotcheck.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesBundlesTest {

    /** Read as files, not as bundles: a bundle answers its parent's keys too, which would hide a missing one. */
    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
    }

    private static java.util.Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundlesTest.class.getResourceAsStream("/org/selfcheck/shared/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everySpotCheckReasonSaysWhyInBothLanguages(Reason reason) {
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, reason.messageKey())).doesNotContain(reason.messageKey()).contains("罚");
        assertThat(Messages.get(Locale.ENGLISH, reason.messageKey())).doesNotContain(reason.messageKey());
    }
}
