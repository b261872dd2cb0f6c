package org.selfcheck.it;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WildFly installation that bin/test provisioned, run as a process of the test's own (not by Arquillian) with the
 * packaged EAR in its deployment scanner's folder: for tests that stop, kill or restart the server, or that need it
 * with other settings (environment variables). Failsafe runs them after the Arquillian tests have stopped theirs.
 */
final class ServerProcess implements AutoCloseable {

    private static final Path HOME = Path.of(System.getProperty("selfcheck.wildfly.home", "/nonexistent"));
    private static final Path EAR = Path.of(System.getProperty("selfcheck.ear", "target/selfcheck.ear"));
    private static final Path DEPLOYED = HOME.resolve("standalone/deployments/selfcheck.ear");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Map<String, String> environment;
    private final String jvmOptions;
    private Process server;

    private ServerProcess(Map<String, String> environment, String jvmOptions) {
        this.environment = Map.copyOf(environment);
        this.jvmOptions = jvmOptions;
    }

    /**
     * Deploys the EAR and starts the server with these environment variables added, and these JVM options after
     * bin/run's; answers once it is ready.
     */
    static ServerProcess deployAndStart(Map<String, String> environment, String... jvmOptions) throws IOException {
        Files.copy(EAR, DEPLOYED, StandardCopyOption.REPLACE_EXISTING);
        ServerProcess p = new ServerProcess(environment,
                String.join(" ", System.getProperty("selfcheck.wildfly.jvm", "-Xmx640m"), String.join(" ", jvmOptions)).trim());
        p.start();
        return p;
    }

    /** Starts standalone-full with the deployed EAR and waits until the portal is ready. */
    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.bind.address=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(HOME.resolve("standalone/log/own-server-console.log").toFile()));
        pb.environment().put("JAVA_OPTS", jvmOptions);
        pb.environment().putAll(environment);
        server = pb.start();
        Awaitility.await("WildFly ready (see " + HOME.resolve("standalone/log/server.log") + ")").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("WildFly exited during start; see " + HOME.resolve("standalone/log/server.log"));
                    }
                    return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.READINESS))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** Stops the server as Ctrl-C would and waits until it has exited. */
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL to the server's JVM (the child of standalone.sh), as {@code kill -9} does: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        List<ProcessHandle> jvms = server.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).toList();
        assertThat(jvms).as("the WildFly JVM").isNotEmpty();
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
        }
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server and takes the EAR out of the deployment folder again. */
    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        Files.deleteIfExists(DEPLOYED);
        Files.deleteIfExists(HOME.resolve("standalone/deployments/selfcheck.ear.deployed"));
        Files.deleteIfExists(HOME.resolve("standalone/deployments/selfcheck.ear.failed"));
    }
}
