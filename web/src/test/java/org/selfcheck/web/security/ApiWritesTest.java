package org.selfcheck.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiWritesTest {

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post", "PROPFIND"})
    void aChangeWithTheSessionCookieAloneIsRefused(String method) {
        assertThat(ApiWrites.refused(method, null)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer ", "Bearer    ", "Bearertoken", "Token abc"})
    void anAuthorizationThatIsNoBearerTokenDoesNotCount(String authorization) {
        assertThat(ApiWrites.refused("POST", authorization)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "bearer abc"})
    void aChangeWithABearerTokenGoesOnToItsVerification(String authorization) {
        assertThat(ApiWrites.refused("POST", authorization)).isFalse();
        assertThat(ApiWrites.refused("DELETE", authorization)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get"})
    void readsMayUseTheSession(String method) {
        assertThat(ApiWrites.refused(method, null)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void anApplicationNeedsNoAccountButEveryOtherWriteStillABearerToken() {
        assertThat(ApiWrites.refused("POST", null, "/api/applications")).isFalse();
        assertThat(ApiWrites.refused("PUT", null, "/api/applications")).isTrue();
        assertThat(ApiWrites.refused("POST", null, "/api/applications/1/decision")).isTrue();
        assertThat(ApiWrites.refused("POST", null, "/api/hazards")).isTrue();
        assertThat(ApiWrites.refused("GET", null, "/api/applications")).isFalse();
    }
}
