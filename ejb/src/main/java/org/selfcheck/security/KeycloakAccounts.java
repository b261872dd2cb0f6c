package org.selfcheck.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selfcheck.routes.ClientCredentialsTokens;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.Settings;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The portal's accounts in Keycloak, through its admin REST API as the onboarding service account
 * ({@code selfcheck-onboarding}, which holds only realm-management's {@code manage-users}, {@code view-users} and
 * {@code query-users}). Keycloak stays the identity store: the portal never sees a password, Keycloak sends its own
 * mail to set one ({@link #sendSetupMail}).
 * <p>
 * The HTTP client is let go on undeploy (its selector thread would keep the deployment's class loader).
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** A failure of Keycloak's admin API: the caller's transaction is rolled back, the user told to try again. */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message) {
            super(message);
        }
    }

    /**
     * An account to create: the user name is the e-mail address, lower case; it is bound to a company
     * ({@code company_code}) or, for an officer, to a jurisdiction ({@code region_code}).
     */
    public record NewAccount(String email, String fullName, String attribute, String value) {

        /** A company's account. */
        public NewAccount(String email, String fullName, String companyCode) {
            this(email, fullName, "company_code", companyCode);
        }

        /** A bureau officer's account for a jurisdiction (a region prefix). */
        public static NewAccount officer(String email, String fullName, String jurisdiction) {
            return new NewAccount(email, fullName, "region_code", jurisdiction);
        }
    }

    /** How long the link in Keycloak's mail to set a password stays valid: a week. */
    static final Duration SETUP_LINK_LIFESPAN = Duration.ofDays(7);
    static final List<String> SETUP_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private volatile HttpClient http;
    private volatile ClientCredentialsTokens tokens;

    /** An account as found: its id, the company it is bound to (none for an officer) and what Keycloak still asks of it. */
    public record Account(String id, String companyCode, List<String> requiredActions) {

        /** Whether its user has not yet set a password (the link of the setup mail was never followed). */
        public boolean awaitingPassword() {
            return requiredActions.contains("UPDATE_PASSWORD");
        }
    }

    /** The account of the address {@code email}, if any. */
    public Optional<String> findByEmail(String email) {
        return account(email).map(Account::id);
    }

    /** The account of the address {@code email}, if any, with its company and required actions. */
    public Optional<Account> account(String email) {
        // by address: an account made by hand has another user name, and Keycloak refuses a second account for the address
        JsonArray found = array(send("GET", "/users?exact=true&email=" + encode(username(email)), null, 200));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject user = found.getJsonObject(0);
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray codes = attributes == null ? null : attributes.getJsonArray("company_code");
        JsonArray actions = user.getJsonArray("requiredActions");
        return Optional.of(new Account(user.getString("id"), codes == null || codes.isEmpty() ? null : codes.getString(0),
                actions == null ? List.of() : actions.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList()));
    }

    /**
     * Creates an enabled account bound to the company, without roles yet ({@link #addRoles}), and answers its id: the
     * caller arranges for its removal should its transaction fail before it gives the roles.
     */
    public String create(NewAccount account) {
        JsonArrayBuilder actions = JsonP.PROVIDER.createArrayBuilder();
        SETUP_ACTIONS.forEach(actions::add);
        JsonObject user = JsonP.PROVIDER.createObjectBuilder()
                .add("username", username(account.email()))
                .add("email", account.email())
                .add("firstName", account.fullName())
                .add("enabled", true)
                .add("emailVerified", false)
                .add("attributes", JsonP.PROVIDER.createObjectBuilder()
                        .add(account.attribute(), JsonP.PROVIDER.createArrayBuilder().add(account.value())))
                .add("requiredActions", actions)
                .build();
        HttpResponse<String> created = send("POST", "/users", user.toString(), 201);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new UnavailableException("Keycloak created a user without a Location"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * Gives the account the realm roles named, read from the roles it may still be given (which {@code view-users}
     * reads: the realm's own role list would need {@code view-realm}); a role it holds already is left as it is.
     */
    public void addRoles(String accountId, List<String> roles) {
        JsonArray chosen = named(send("GET", "/users/" + encode(accountId) + "/role-mappings/realm/available", null, 200), roles);
        if (!chosen.isEmpty()) {
            send("POST", "/users/" + encode(accountId) + "/role-mappings/realm", chosen.toString(), 204);
        }
    }

    /** The realm roles the account holds itself (not those of its groups or composites). */
    public List<String> realmRoles(String accountId) {
        return array(send("GET", "/users/" + encode(accountId) + "/role-mappings/realm", null, 200)).stream()
                .map(r -> r.asJsonObject().getString("name", "")).toList();
    }

    /** Takes the realm roles named from the account; one it does not hold is left out. */
    public void removeRoles(String accountId, List<String> roles) {
        JsonArray chosen = named(send("GET", "/users/" + encode(accountId) + "/role-mappings/realm", null, 200), roles);
        if (!chosen.isEmpty()) {
            send("DELETE", "/users/" + encode(accountId) + "/role-mappings/realm", chosen.toString(), 204);
        }
    }

    /** The role representations of an answer whose names are among {@code names}. */
    private static JsonArray named(HttpResponse<String> roleList, List<String> names) {
        JsonArrayBuilder chosen = JsonP.PROVIDER.createArrayBuilder();
        for (JsonValue role : array(roleList)) {
            if (names.contains(role.asJsonObject().getString("name", ""))) {
                chosen.add(role);
            }
        }
        return chosen.build();
    }

    /** Enables or disables the account: a disabled one cannot log in, and its sessions end. */
    public void setEnabled(String accountId, boolean enabled) {
        // the whole representation back, so that no attribute is taken for removed
        JsonObject user = JsonP.PROVIDER.createReader(new StringReader(send("GET", "/users/" + encode(accountId), null, 200).body()))
                .readObject();
        send("PUT", "/users/" + encode(accountId), JsonP.PROVIDER.createObjectBuilder(user).add("enabled", enabled).build().toString(),
                204);
        if (!enabled) {
            send("POST", "/users/" + encode(accountId) + "/logout", null, 204);
        }
    }

    /** Removes an account this portal created moments ago in a transaction that did not commit. */
    public void delete(String accountId) {
        send("DELETE", "/users/" + encode(accountId), null, 204);
    }

    /** Asks Keycloak to mail the account its link to set a password and verify the address. */
    public void sendSetupMail(String accountId) {
        JsonArrayBuilder actions = JsonP.PROVIDER.createArrayBuilder();
        SETUP_ACTIONS.forEach(actions::add);
        send("PUT", "/users/" + encode(accountId) + "/execute-actions-email?lifespan=" + SETUP_LINK_LIFESPAN.toSeconds()
                + "&client_id=" + encode(settings.portalClientId()) + "&redirect_uri=" + encode(settings.publicUrl() + "/"),
                actions.build().toString(), 204);
    }

    /** The e-mail addresses of the enabled accounts bound to a company that hold {@code role}. */
    public List<String> emailsOf(String companyCode, String role) {
        List<String> emails = new ArrayList<>();
        JsonArray users = array(send("GET", "/users?briefRepresentation=false&max=100&q="
                + encode("company_code:" + companyCode), null, 200));
        for (JsonValue v : users) {
            JsonObject u = v.asJsonObject();
            if (!u.getBoolean("enabled", false) || !u.containsKey("email")) {
                continue;
            }
            JsonArray roles = array(send("GET", "/users/" + encode(u.getString("id")) + "/role-mappings/realm/composite",
                    null, 200));
            if (roles.stream().anyMatch(r -> role.equals(r.asJsonObject().getString("name", "")))) {
                emails.add(u.getString("email"));
            }
        }
        return emails;
    }

    /** The user name an account made for this address has. */
    public static String username(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private HttpResponse<String> send(String method, String path, String json, int expected) {
        ClientCredentialsTokens t = tokens();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.realmAdmin() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + t.accessToken()).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (java.io.IOException e) {
            throw new UnavailableException("Keycloak's admin API did not answer " + method + " " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted calling Keycloak's admin API");
        }
        if (response.statusCode() == 401) {
            t.invalidate();
        }
        if (response.statusCode() != expected) {
            String body = response.body() == null ? "" : response.body();
            throw new UnavailableException("Keycloak's admin API answered " + response.statusCode() + " to " + method + " "
                    + path.replaceAll("\\?.*", "") + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
        return response;
    }

    private ClientCredentialsTokens tokens() {
        ClientCredentialsTokens t = tokens;
        if (t == null) {
            synchronized (this) {
                t = tokens;
                if (t == null) {
                    if (settings.onboardingSecret().isEmpty()) {
                        throw new UnavailableException("SELFCHECK_ONBOARDING_SECRET is not set: the portal cannot manage accounts");
                    }
                    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
                    t = new ClientCredentialsTokens(settings.realmEndpoint("token"), settings.onboardingClientId(),
                            settings.onboardingSecret(), http, clock);
                    tokens = t;
                }
            }
        }
        return t;
    }

    @PreDestroy
    void close() {
        ClientCredentialsTokens t = tokens;
        if (t != null) {
            t.close();
        }
        tokens = null;
        http = null;
    }

    private static JsonArray array(HttpResponse<String> response) {
        return JsonP.PROVIDER.createReader(new StringReader(response.body())).readArray();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, UTF_8);
    }
}
