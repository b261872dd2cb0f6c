package org.selfcheck.devenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The development realm and the production realm made from it (F2, F7, token audience). */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DEVELOPMENT = read("src/main/keycloak/selfcheck-realm.json");
    private static final JsonNode PRODUCTION = ProductionRealm.of(DEVELOPMENT, read("src/main/keycloak/production-overlay.json"));

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Path.of(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bothRealmsLockAnAccountOutAfterRepeatedFailedLogins(boolean production) {
        JsonNode realm = production ? PRODUCTION : DEVELOPMENT;
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void noUserGetsOfflineAccessByDefaultAndOfflineSessionsEnd(boolean production) {
        JsonNode realm = production ? PRODUCTION : DEVELOPMENT;
        String defaultRole = realm.path("defaultRole").path("name").asText();
        JsonNode composites = role(realm, defaultRole).path("composites").path("realm");
        assertThat(texts(composites)).isNotEmpty().doesNotContain("offline_access");
        // declared, so that Keycloak's import does not add it to the default role itself
        assertThat(role(realm, "offline_access").isMissingNode()).isFalse();
        assertThat(realm.path("offlineSessionMaxLifespanEnabled").asBoolean()).isTrue();
        assertThat(realm.path("offlineSessionMaxLifespan").asInt()).isPositive();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.has("optionalClientScopes")).as(client.path("clientId").asText()).isTrue();
            assertThat(texts(client.path("optionalClientScopes"))).doesNotContain("offline_access");
            // a client that lists its optional scopes gets no default ones unless it lists them too: without "profile"
            // and "roles" its tokens carry neither the username nor the roles the portal needs
            assertThat(texts(client.path("defaultClientScopes"))).as(client.path("clientId").asText())
                    .contains("basic", "profile", "roles").doesNotContain("offline_access");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyClientThatCallsThePortalPutsThePortalInTheAudience(boolean production) {
        JsonNode realm = production ? PRODUCTION : DEVELOPMENT;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("selfcheck-onboarding")) {
                continue; // it calls Keycloak's admin API only, never the portal: no token of it should reach the portal
            }
            assertThat(StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("protocolMapper").asText().equals("oidc-audience-mapper"))
                    .map(m -> m.path("config").path("included.client.audience").asText()))
                    .as(client.path("clientId").asText()).containsExactly("selfcheck-portal");
        }
    }

    @Test
    void theDevelopmentRealmKeepsTheScriptsClientAndTheDemoUsers() {
        assertThat(clientIds(DEVELOPMENT)).contains("selfcheck-cli", "selfcheck-portal", "selfcheck-filing");
        assertThat(usernames(DEVELOPMENT)).contains("principal1", "admin");
    }

    @Test
    void theProductionRealmHasNoDevelopmentClientNorDemoUsers() {
        assertThat(clientIds(PRODUCTION)).containsExactlyInAnyOrder("selfcheck-portal", "selfcheck-filing", "selfcheck-onboarding");
        assertThat(usernames(PRODUCTION)).containsExactlyInAnyOrder("service-account-selfcheck-filing",
                "service-account-selfcheck-onboarding");
        assertThat(PRODUCTION.path("sslRequired").asText()).isEqualTo("all");
        assertThat(DEVELOPMENT.has("passwordPolicy")).as("the demo passwords stay importable").isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theOnboardingAccountHoldsOnlyTheUserManagementRolesItNeeds(boolean production) {
        JsonNode realm = production ? PRODUCTION : DEVELOPMENT;
        JsonNode account = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> u.path("username").asText().equals("service-account-selfcheck-onboarding")).findFirst().orElseThrow();
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
        assertThat(account.path("realmRoles").isMissingNode()).as("no role of the portal's").isTrue();
        assertThat(realm.path("smtpServer").path("host").asText()).startsWith("${SELFCHECK_SMTP_HOST");
    }

    @Test
    void theProductionPasswordPolicyAsksForTwelveCharactersNotTheUsernameAndNoRecentPassword() {
        assertThat(PRODUCTION.path("passwordPolicy").asText())
                .contains("length(12)", "notUsername(", "passwordHistory(");
    }

    @Test
    void theProductionBrowserLoginAsksPrincipalsAndAdminsForAOneTimePassword() {
        String browser = PRODUCTION.path("browserFlow").asText();
        assertThat(flow(browser).isMissingNode()).as("flow %s", browser).isFalse();
        List<String> otpRoles = new ArrayList<>();
        for (JsonNode flow : PRODUCTION.path("authenticationFlows")) {
            List<String> authenticators = new ArrayList<>();
            String role = null;
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                authenticators.add(execution.path("authenticator").asText());
                if (execution.has("flowAlias")) {
                    assertThat(flow(execution.path("flowAlias").asText()).isMissingNode()).isFalse();
                }
                if (execution.path("authenticator").asText().equals("conditional-user-role")) {
                    role = config(execution.path("authenticatorConfig").asText()).path("condUserRole").asText();
                }
            }
            if (role != null && authenticators.contains("auth-otp-form")) {
                otpRoles.add(role);
            }
        }
        assertThat(otpRoles).containsExactlyInAnyOrder("principal", "admin");
    }

    private static JsonNode role(JsonNode realm, String name) {
        for (JsonNode r : realm.path("roles").path("realm")) {
            if (r.path("name").asText().equals(name)) {
                return r;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode flow(String alias) {
        for (JsonNode f : PRODUCTION.path("authenticationFlows")) {
            if (f.path("alias").asText().equals(alias)) {
                return f;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode config(String alias) {
        for (JsonNode c : PRODUCTION.path("authenticatorConfig")) {
            if (c.path("alias").asText().equals(alias)) {
                return c.path("config");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private static List<String> usernames(JsonNode realm) {
        List<String> names = new ArrayList<>();
        realm.path("users").forEach(u -> names.add(u.path("username").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> t = new ArrayList<>();
        array.forEach(n -> t.add(n.asText()));
        return t;
    }
}
