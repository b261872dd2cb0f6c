package org.selfcheck.api.report;

/** A report document to check: its canonical JSON content and the JWS that came with it. */
public record VerifyRequest(String content, String jws) {
}
