package org.selfcheck.api.report;

/** The proof of a fresh login: an ID token from Keycloak, issued to the principal within the last minutes. */
public record SignRequest(String idToken, String digest) {
}
