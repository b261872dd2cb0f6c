package org.selfcheck.bench.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows of one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), encoded
 * as UTF-8 and handed to a {@link Sink} in blocks, so that a table of millions of rows is streamed, never held.
 * Timestamps are written as UTC instants ({@code 2026-03-31T02:15:00Z}), which PostgreSQL reads whatever the session's
 * time zone.
 */
final class CopyRows implements AutoCloseable {

    /** Where the encoded rows go: the COPY of a connection, or a digest in the tests. */
    interface Sink {
        void write(byte[] bytes, int length);
    }

    private static final int BLOCK = 1 << 16;

    private final Sink sink;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private boolean first = true;
    private long rows;

    CopyRows(Sink sink) {
        this.sink = sink;
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        if (needsNoEscape(value)) {
            buffer.append(value);
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyRows number(long value) {
        separator();
        buffer.append(value);
        return this;
    }

    CopyRows number(Long value) {
        return value == null ? nul() : number(value.longValue());
    }

    CopyRows decimal(BigDecimal value) {
        return value == null ? nul() : plain(value.toPlainString());
    }

    CopyRows bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    CopyRows date(LocalDate value) {
        return value == null ? nul() : plain(value.toString());
    }

    CopyRows instant(Instant value) {
        return value == null ? nul() : plain(value.toString());
    }

    CopyRows uuid(UUID value) {
        return value == null ? nul() : plain(value.toString());
    }

    CopyRows nul() {
        separator();
        buffer.append("\\N");
        return this;
    }

    /** Ends the row; a full block goes to the sink. */
    void end() {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        flush();
    }

    private CopyRows plain(String value) {
        separator();
        buffer.append(value);
        return this;
    }

    /** Whether the text needs no escapes (the common case: appended whole). */
    private static boolean needsNoEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private void separator() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        sink.write(bytes, bytes.length);
        buffer.setLength(0);
    }
}
