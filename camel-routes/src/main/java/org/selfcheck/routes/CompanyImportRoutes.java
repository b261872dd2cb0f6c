package org.selfcheck.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.selfcheck.routes.port.CompanyImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Works off bulk imports ({@link CompanyImports}) in two routes on timers. {@value #ROWS_ROUTE} claims queued rows in
 * batches and applies each (two at a time). {@value #INVITATIONS_ROUTE} claims pending invitations, as many as the rate
 * allows per second, and sends them through a throttle at that rate (each is several calls to Keycloak and two mails),
 * so that an import of thousands never floods the identity provider or the mail server. Both keep their state in the
 * database, not here: after a restart, or on another node, the next claim takes up where the last one stopped.
 * <p>
 * One row's failure is recorded on that row and never stops the others: every item is caught on its own (hence no
 * error handler, as in {@link FilingDeliveryRoute}), and a failure that cannot even be recorded leaves the row to its
 * lease.
 */
public class CompanyImportRoutes extends RouteBuilder {

    public static final String ROWS_ROUTE = "company-import-rows";
    public static final String INVITATIONS_ROUTE = "company-import-invitations";
    static final int ROW_BATCH = 100;
    static final int ROW_PARALLELISM = 2;
    private static final long ROWS_PERIOD_MS = 500;
    private static final long INVITATIONS_PERIOD_MS = 1_000;
    private static final int ERROR_TEXT_LIMIT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CompanyImportRoutes.class);

    private final CompanyImports imports;
    private final int invitationsPerSecond;

    public CompanyImportRoutes(CompanyImports imports, int invitationsPerSecond) {
        this.imports = Objects.requireNonNull(imports, "imports");
        if (invitationsPerSecond < 1) {
            throw new IllegalArgumentException("invitations per second: " + invitationsPerSecond);
        }
        this.invitationsPerSecond = invitationsPerSecond;
    }

    @Override
    public void configure() {
        fromF("%s?period=%d&delay=%d", Endpoints.COMPANY_IMPORT_ROWS_POLL, ROWS_PERIOD_MS, ROWS_PERIOD_MS)
                .routeId(ROWS_ROUTE)
                .errorHandler(noErrorHandler())
                .process(e -> claim(e, () -> imports.claimRows(ROW_BATCH)))
                .split(body()).parallelProcessing()
                    .executorService(getContext().getExecutorServiceManager().newFixedThreadPool(this, "CompanyImportRows",
                            ROW_PARALLELISM))
                    .process(e -> each(e, imports::applyRow, imports::rowFailed))
                .end();

        fromF("%s?period=%d&delay=%d", Endpoints.COMPANY_IMPORT_INVITATIONS_POLL, INVITATIONS_PERIOD_MS, INVITATIONS_PERIOD_MS)
                .routeId(INVITATIONS_ROUTE)
                .errorHandler(noErrorHandler())
                .process(e -> claim(e, () -> imports.claimInvitations(invitationsPerSecond)))
                .split(body())
                    .throttle(invitationsPerSecond).timePeriodMillis(1_000)
                    .process(e -> each(e, imports::invite, imports::invitationFailed))
                .end();
    }

    private static void claim(Exchange exchange, Supplier<List<Long>> claim) {
        try {
            exchange.getMessage().setBody(claim.get());
        } catch (RuntimeException e) {
            LOG.warn("could not claim import rows on {}: {}", exchange.getFromRouteId(), e.toString());
            exchange.getMessage().setBody(List.of());
        }
    }

    private static void each(Exchange exchange, LongConsumer step, BiConsumer<Long, String> failed) {
        long row = exchange.getMessage().getBody(Long.class);
        try {
            step.accept(row);
        } catch (RuntimeException e) {
            LOG.info("import row {} failed on {}: {}", row, exchange.getFromRouteId(), e.toString());
            try {
                failed.accept(row, truncate(e.toString()));
            } catch (RuntimeException again) {
                LOG.warn("import row {}: the failure could not be recorded, the row waits for its lease: {}", row, again.toString());
            }
        }
    }

    private static String truncate(String text) {
        return text.length() <= ERROR_TEXT_LIMIT ? text : text.substring(0, ERROR_TEXT_LIMIT);
    }
}
