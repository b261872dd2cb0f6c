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
 * Fourteen undeploy/deploy cycles of the portal leave metaspace flat: an undeployed portal leaves nothing that keeps
 * its class loaders for good, so each cycle's classes are unloaded, sooner or later. A leak keeps all of one
 * deployment's classes (about 3,400, 20 MB of metaspace) per cycle; it was Java's HTTP client of the filing route, whose selector thread held the
 * deployment's class loader. Not an Arquillian test: it redeploys the server's only deployment itself, through the
 * management API (the scanner's folder holds the EAR), on a server of its own that clears soft references at every
 * collection (they go before an out-of-memory error anyway, so they are no leak).
 */
class UndeployLeakIT {

    private static final Logger LOG = Logger.getLogger(UndeployLeakIT.class.getName());
    private static final int CYCLES = 14;
    /** The redeployments before the baseline: the server loads classes of its own on the first ones. */
    private static final int WARM_UP = 4;
    /** The classes one deployment of the portal loads (measured: about 3,400) and the metaspace they take (about 20 MB). */
    private static final long DEPLOYMENT_CLASSES = 3_400;
    private static final long DEPLOYMENT_METASPACE = 20L << 20;
    /**
     * How many undeployed portals may still be in memory at a time: the server's threads let go of a portal's objects
     * only when they are used again (their thread-local values) or their HTTP client's thread has ended, so two to
     * four are seen at times, then fewer; a leak keeps one more per cycle, 10 more over the measured cycles.
     */
    private static final int LINGERING = 4;
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
    void fourteenRedeploymentsLeaveMetaspaceFlat() throws Exception {
        Metaspace lowest = null;
        Metaspace highest = null;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            redeploy();
            Metaspace now = measure();
            if (cycle >= WARM_UP) {
                lowest = lowest == null || now.classes() < lowest.classes() ? now : lowest;
                highest = highest == null || now.classes() > highest.classes() ? now : highest;
            }
            int n = cycle;
            LOG.info(() -> "after " + n + " redeployments: " + now);
        }
        assertThat(highest.classes() - lowest.classes())
                .as("classes after %d to %d redeployments: lowest %s, highest %s", WARM_UP, CYCLES, lowest, highest)
                .isLessThan(LINGERING * DEPLOYMENT_CLASSES);
        assertThat(highest.usedBytes() - lowest.usedBytes())
                .as("metaspace after %d to %d redeployments: lowest %s, highest %s", WARM_UP, CYCLES, lowest, highest)
                .isLessThan(LINGERING * DEPLOYMENT_METASPACE);
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
