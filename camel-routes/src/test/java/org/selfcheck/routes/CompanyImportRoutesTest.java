package org.selfcheck.routes;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.selfcheck.routes.port.CompanyImports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The company-import routes against an import kept in memory: every queued row is applied once, every pending
 * invitation made once, claims never ask for more invitations than the rate per second, and one row's failure is
 * recorded on that row without stopping the others, nor does a failed claim stop the route.
 */
class CompanyImportRoutesTest extends CamelTestSupport {

    private static final int RATE = 5;

    /** Rows 1..n queued; applying a row makes its invitation pending. Row 7 fails to apply, row 9 to invite. */
    static final class InMemoryImports implements CompanyImports {
        final Set<Long> queued = ConcurrentHashMap.newKeySet();
        final Set<Long> pending = ConcurrentHashMap.newKeySet();
        final List<Long> applied = new CopyOnWriteArrayList<>();
        final List<Long> invited = new CopyOnWriteArrayList<>();
        final Map<Long, String> failures = new ConcurrentHashMap<>();
        final List<Integer> invitationClaims = new CopyOnWriteArrayList<>();
        final AtomicInteger failedClaimsLeft = new AtomicInteger(1);

        InMemoryImports(int rows) {
            for (long r = 1; r <= rows; r++) {
                queued.add(r);
            }
        }

        private static synchronized List<Long> take(Set<Long> from, int max) {
            List<Long> taken = new ArrayList<>(from).stream().sorted().limit(max).toList();
            from.removeAll(taken);
            return taken;
        }

        @Override
        public List<Long> claimRows(int max) {
            if (failedClaimsLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the database is restarting");
            }
            return take(queued, max);
        }

        @Override
        public void applyRow(long rowId) {
            if (rowId == 7) {
                throw new IllegalStateException("row 7 cannot be applied now");
            }
            applied.add(rowId);
            pending.add(rowId);
        }

        @Override
        public void rowFailed(long rowId, String error) {
            failures.put(rowId, error);
        }

        @Override
        public List<Long> claimInvitations(int max) {
            invitationClaims.add(max);
            return take(pending, max);
        }

        @Override
        public void invite(long rowId) {
            if (rowId == 9) {
                throw new IllegalStateException("Keycloak did not answer");
            }
            invited.add(rowId);
        }

        @Override
        public void invitationFailed(long rowId, String error) {
            failures.put(rowId, error);
        }
    }

    private final InMemoryImports imports = new InMemoryImports(12);

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SelfCheckRouteConfiguration(), new CompanyImportRoutes(imports, RATE)};
    }

    @Test
    void everyRowIsAppliedAndInvitedOnceAtTheRateAndAFailureStaysWithItsRow() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> imports.invited.size() + imports.failures.size() == 12);

        List<Long> applied = new ArrayList<>(imports.applied);
        Collections.sort(applied);
        assertThat(applied).as("each row once, all but the failing one").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L, 12L);
        assertThat(imports.invited).as("each invitation once, in claim order")
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 8L, 10L, 11L, 12L).doesNotHaveDuplicates();
        assertThat(imports.failures).containsOnlyKeys(7L, 9L);
        assertThat(imports.failures.get(7L)).contains("row 7 cannot be applied now");
        assertThat(imports.failures.get(9L)).contains("Keycloak did not answer");
        assertThat(imports.invitationClaims).as("no claim takes more than a second's invitations").allMatch(max -> max == RATE);
        assertThat(imports.failedClaimsLeft.get()).as("the failed claim was followed by others").isNegative();
    }
}
