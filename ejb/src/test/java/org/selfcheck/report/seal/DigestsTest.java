package org.selfcheck.report.seal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DigestsTest {

    @Test
    void the_digest_of_abc_is_the_fips_180_example() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_digest_is_sha256_over_the_utf8_bytes_in_lowercase_hex() throws Exception {
        String canonical = CanonicalJson.canonical("{\"隐患\":\"消防通道堵塞\",\"amount\":12500.50}");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(Digests.sha256Hex(canonical)).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void the_digest_of_a_fixed_report_never_changes() {
        // computed once with Python hashlib over the canonical text; a change here means old seals no longer verify
        assertThat(Digests.sha256Hex(CanonicalJson.canonical(CanonicalJsonTest.REPORT)))
                .isEqualTo(Digests.sha256Hex(CanonicalJson.canonical(CanonicalJsonTest.SAME_REPORT_OTHER_ORDER)))
                .isEqualTo("9ea3bfde07b9f5876ac7e8f0c3cf424565628569fc810cbb15f130411782e527");
    }
}
