package org.selfcheck.onboarding;

/** An application's business licence as it was uploaded. */
public record LicenceFile(String contentType, String fileName, byte[] data) {
}
