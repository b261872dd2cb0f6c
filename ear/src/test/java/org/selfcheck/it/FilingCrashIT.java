package org.selfcheck.it;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WildFly is killed with SIGKILL (kill -9) in the middle of a burst of filings and started again: every filing the
 * portal committed is delivered, and the bureau stored each exactly once, counted at the bureau's side. Not an
 * Arquillian test: it starts, kills and restarts the server itself (failsafe runs it after the Arquillian tests,
 * against the same WildFly installation, database and Keycloak).
 */
class FilingCrashIT {

    private static final Logger LOG = Logger.getLogger(FilingCrashIT.class.getName());

    private static ServerProcess server;

    @BeforeAll
    static void deployAndStart() throws IOException {
        server = ServerProcess.deployAndStart(Map.of());
    }

    @AfterAll
    static void stopAndUndeploy() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyFilingIsDeliveredExactlyOnceAfterTheServerIsKilledMidBurst() throws Exception {
        int burst = 400;
        try (IntakeProxy intake = IntakeProxy.answeringAfter(300).start()) {
            Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
            Filings.bureau(admin, "中卫市沙坡头区应急管理局", "640502", intake.url());
            Organisations.TestCompany company = Organisations.registerMachinery("断电测试机械有限公司", "640502");
            long item = Filings.anItem(company.manager());

            ConcurrentLinkedQueue<Long> recorded = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < burst; i++) {
                int k = i;
                pool.submit(() -> {
                    try {
                        recorded.add(Filings.reportHazard(company.manager(), item, "断电前后发现的隐患 " + k));
                    } catch (RuntimeException | AssertionError e) {
                        // refused or cut off while the server was down: not committed, so nothing to file
                    }
                });
            }
            // kill -9 once part of the burst is recorded and some filings are on their way
            Awaitility.await("half the burst recorded").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> recorded.size() >= burst / 2);
            int atKill = recorded.size();
            long deliveredAtKill = Filings.ofCompany(company.code()).stream().filter(f -> f[1].equals("DELIVERED")).count();
            long sendingAtKill = Filings.ofCompany(company.code()).stream().filter(f -> f[1].equals("SENDING")).count();
            server.kill9();
            pool.shutdown();
            assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
            server.start();

            Instant restarted = Instant.now();
            Filings.awaitAllDelivered(company.code(), Duration.ofMinutes(4));
            List<String[]> filings = Filings.ofCompany(company.code());
            assertThat(filings).as("each hazard whose recording returned is filed").hasSizeGreaterThanOrEqualTo(recorded.size());
            assertThat(filings).allSatisfy(f -> assertThat(f[1]).as(f[0]).isEqualTo("DELIVERED"));
            int[] stored = Filings.storedForCompany(company.code());
            assertThat(stored).as("stored at the bureau, distinct: each once").containsExactly(filings.size(), filings.size());
            List<String> resent = new ArrayList<>();
            for (String[] f : filings) {
                if (Integer.parseInt(f[2]) > 1) {
                    resent.add(f[0]);
                }
            }
            LOG.info(String.format("[filing] kill -9 after %d of %d hazards recorded (%d filings delivered, %d being sent at that moment); "
                            + "%d filings committed in all, all delivered once %d ms after the restart; %d were sent again, "
                            + "%d posts reached the bureau", atKill, burst, deliveredAtKill, sendingAtKill, filings.size(),
                    Duration.between(restarted, Instant.now()).toMillis(), resent.size(), intake.posts()));
        }
    }
}
