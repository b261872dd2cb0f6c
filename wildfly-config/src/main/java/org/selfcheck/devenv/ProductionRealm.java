package org.selfcheck.devenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Makes the production realm from the development realm ({@code selfcheck-realm.json}, the only realm file that is
 * edited) and a small overlay ({@code production-overlay.json}): the overlay names the development-only clients to
 * leave out ({@code selfcheck-cli}: public, direct grants), keeps of the users only the service accounts (no demo
 * users with demo passwords), and sets what production adds: TLS for all, the password policy and the browser flow
 * that asks principals and administrators for a one-time password. The build writes it to
 * {@code target/keycloak-production/selfcheck-realm.json}.
 *
 * <p>Arguments: development realm, overlay, output file.
 */
public final class ProductionRealm {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProductionRealm() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ProductionRealm DEV_REALM OVERLAY OUTPUT");
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), of(JSON.readTree(Path.of(args[0]).toFile()), JSON.readTree(Path.of(args[1]).toFile())));
    }

    /** The production realm: the development realm with the overlay applied (neither argument is changed). */
    public static ObjectNode of(JsonNode developmentRealm, JsonNode overlay) {
        ObjectNode realm = developmentRealm.deepCopy();
        Set<String> removed = new HashSet<>();
        overlay.path("removeClients").forEach(c -> removed.add(c.asText()));
        removeWhere((ArrayNode) realm.path("clients"), c -> removed.contains(c.path("clientId").asText()));
        if (overlay.path("keepOnlyServiceAccountUsers").asBoolean(false) && realm.has("users")) {
            removeWhere((ArrayNode) realm.path("users"), u -> !u.hasNonNull("serviceAccountClientId"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.path("realm").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            realm.set(e.getKey(), e.getValue().deepCopy());
        }
        return realm;
    }

    private static void removeWhere(ArrayNode array, java.util.function.Predicate<JsonNode> test) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (test.test(it.next())) {
                it.remove();
            }
        }
    }
}
