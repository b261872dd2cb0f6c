package org.selfcheck.it;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty undeploy/deploy cycles of the portal leave metaspace flat: an undeployed portal leaves nothing that keeps
 * its class loaders, so each cycle's classes are unloaded. A leak keeps all of one deployment's classes (about 3,400,
 * 20 MB of metaspace) per cycle; it was Java's HTTP client of the filing route, whose selector thread held the
 * deployment's class loader. Not an Arquillian test: it redeploys the server's only deployment itself, through the
 * management API (the scanner's folder holds the EAR), on a server of its own that clears soft references at every
 * collection (they go before an out-of-memory error anyway, so they are no leak).
 */
class UndeployLeakIT {

    private static final Logger LOG = Logger.getLogger(UndeployLeakIT.class.getName());
    private static final int CYCLES = 20;
    /**
     * The redeployments before the baseline: the server loads classes of its own on the first ones, and the last two
     * undeployed portals are still on their way out when it is measured (the HTTP client's thread ends a few seconds
     * after the client is collected), so metaspace rises by two deployments' classes, then stays flat.
     */
    private static final int WARM_UP = 4;
    /** A tenth of one deployment's classes: what the server itself may still load lazily later on (about 150). */
    private static final long CLASSES_ALLOWED = 340;
    /** Half of one deployment's metaspace (fragmentation and the server's own lazy loading: about 6 MB). */
    private static final long METASPACE_ALLOWED = 10L << 20;
    private static final ModelNode DEPLOYMENT = Operations.createAddress("deployment", "selfcheck.ear");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ServerProcess server;
    private static ModelControllerClient management;

    @BeforeAll
    static void deployAndStart() throws IOException {
        server = ServerProcess.deployAndStart(Map.of(), "-XX:SoftRefLRUPolicyMSPerMB=0");
        management = ModelControllerClient.Factory.create("localhost", 9990);
    }

    @AfterAll
    static void stopAndUndeploy() throws Exception {
        if (management != null) {
            management.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twentyRedeploymentsLeaveMetaspaceFlat() throws Exception {
        Metaspace baseline = null;
        Metaspace last = null;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            redeploy();
            last = measure();
            if (cycle == WARM_UP) {
                baseline = last;
            }
            int n = cycle;
            Metaspace now = last;
            LOG.info(() -> "after " + n + " redeployments: " + now);
        }
        assertThat(last.classes() - baseline.classes())
                .as("classes loaded after %d redeployments beyond those after %d (%s, then %s)", CYCLES, WARM_UP, baseline, last)
                .isLessThan(CLASSES_ALLOWED);
        assertThat(last.usedBytes() - baseline.usedBytes())
                .as("metaspace used after %d redeployments beyond that after %d (%s, then %s)", CYCLES, WARM_UP, baseline, last)
                .isLessThan(METASPACE_ALLOWED);
    }

    /** Undeploys and deploys the portal again, then checks that it answers: its routes started, its pages served. */
    private static void redeploy() throws IOException, InterruptedException {
        execute(Operations.createOperation("undeploy", DEPLOYMENT));
        execute(Operations.createOperation("deploy", DEPLOYMENT));
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.READINESS)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("readiness after a redeployment: %s", health.body()).isEqualTo(200);
        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).as("the portal's home page sends a browser to the login").isEqualTo(302);
    }

    /** After two full collections (class unloading needs the loaders collected first, then their classes). */
    private static Metaspace measure() throws IOException {
        ModelNode memory = Operations.createAddress("core-service", "platform-mbean", "type", "memory");
        execute(Operations.createOperation("gc", memory));
        execute(Operations.createOperation("gc", memory));
        long classes = execute(Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "class-loading"), "loaded-class-count")).asLong();
        long used = execute(Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "platform-mbean", "type", "memory-pool", "name", "Metaspace"), "usage"))
                .get("used").asLong();
        return new Metaspace(classes, used);
    }

    private static ModelNode execute(ModelNode operation) throws IOException {
        ModelNode outcome = management.execute(operation);
        assertThat(Operations.isSuccessfulOutcome(outcome)).as("%s: %s", operation, outcome).isTrue();
        return Operations.readResult(outcome);
    }

    record Metaspace(long classes, long usedBytes) {
        @Override
        public String toString() {
            return classes + " classes, " + (usedBytes >> 20) + " MB of metaspace used";
        }
    }
}
