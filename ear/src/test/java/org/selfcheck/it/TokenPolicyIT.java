package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the realm and the portal accept as a token (security findings F7 and token audience): no never-expiring
 * offline token for anyone, and no token that the realm issued to another of its clients.
 */
@ExtendWith(ArquillianExtension.class)
class TokenPolicyIT {

    @Test
    void thePublicClientGetsNoOfflineToken() {
        Keycloak.User manager = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode("330106"));
        HttpResponse<String> answer = Keycloak.passwordGrant("selfcheck-cli", manager, "openid offline_access");
        if (answer.statusCode() == 200) {
            // a realm may ignore a scope the client does not have; then the refresh token must not be an offline one
            JsonNode tokens = Http.read(answer.body());
            assertThat(tokens.path("refresh_token").asText()).isNotBlank();
            assertThat(claims(tokens.path("refresh_token").asText()).path("typ").asText()).isNotEqualTo("Offline");
        } else {
            assertThat(answer.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void theTokensOfThePortalsClientsNameThePortalInTheirAudience() {
        Keycloak.User manager = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode("330106"));
        JsonNode claims = claims(manager.token());
        assertThat(claims.path("aud").toString()).contains("selfcheck-portal");
        assertThat(Api.as(manager).get("/api/companies/mine").status()).isIn(200, 404);
    }

    @Test
    void aTokenTheRealmIssuedToAnotherClientIsRefused() {
        Keycloak.User manager = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode("330106"));
        // admin-cli: Keycloak's own public client of every realm, with direct grants
        HttpResponse<String> answer = Keycloak.passwordGrant("admin-cli", manager, "openid");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String foreign = Http.read(answer.body()).path("access_token").asText();
        assertThat(claims(foreign).path("aud").toString()).doesNotContain("selfcheck-portal");

        assertThat(Api.withToken(foreign).get("/api/companies/mine").status()).isEqualTo(401);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return Http.read(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8));
    }
}
