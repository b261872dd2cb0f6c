package org.selfcheck.bench.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowsTest {

    @Test
    void fields_are_written_in_copy_text_format() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CopyRows out = new CopyRows((b, length) -> bytes.write(b, 0, length))) {
            out.number(7).text("西湖区\t\\a\nb\r").nul().bool(true).date(LocalDate.of(2026, 3, 31))
                    .instant(Instant.parse("2026-03-31T02:15:00Z")).decimal(new BigDecimal("12.50")).number((Long) null).end();
            out.text("second").end();
            assertThat(out.rows()).isEqualTo(2);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "7\t西湖区\\t\\\\a\\nb\\r\t\\N\tt\t2026-03-31\t2026-03-31T02:15:00Z\t12.50\t\\N\nsecond\n");
    }
}
