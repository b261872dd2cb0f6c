package org.selfcheck.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.selfcheck.routes.ClientCredentialsTokens;
import org.selfcheck.routes.CompanyImportRoutes;
import org.selfcheck.routes.CompanyEventsRoute;
import org.selfcheck.routes.FilingDeliveryRoute;
import org.selfcheck.routes.FilingDeliverySettings;
import org.selfcheck.routes.ReceiptVerifier;
import org.selfcheck.routes.Redelivery;
import org.selfcheck.routes.SelfCheckRouteConfiguration;
import org.selfcheck.routes.port.CompanyEventRecorder;
import org.selfcheck.routes.port.CompanyImports;
import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.shared.Settings;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import java.util.logging.Logger;

/**
 * Creates the deployment's CamelContext after the schema is migrated, adds the routes of camel-routes with
 * the ports implemented here, and stops it within a bounded time when the application stops.
 * (Camel 4 has no CDI integration for Jakarta EE servers, so the context is built by hand.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());
    private static final int SHUTDOWN_SECONDS = 10;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @EJB
    CompanyEventRecorder companyEventRecorder;

    @EJB
    FilingOutbox filingOutbox;

    @EJB
    CompanyImports companyImports;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private CamelContext camel;

    /** Closed once the routes have stopped, so that nothing of an undeployed portal stays reachable (see the class). */
    private ClientCredentialsTokens tokens;

    @PostConstruct
    void start() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("selfcheck");
        context.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
        context.getShutdownStrategy().setTimeout(SHUTDOWN_SECONDS);
        context.addComponent("jms", JmsComponent.jmsComponentAutoAcknowledge(connectionFactory));
        try {
            context.addRoutes(new SelfCheckRouteConfiguration());
            context.addRoutes(new CompanyEventsRoute(companyEventRecorder));
            context.addRoutes(filingDelivery());
            context.addRoutes(new CompanyImportRoutes(companyImports, settings.importInvitationsPerSecond()));
        } catch (Exception e) {
            // addRoutes declares Exception; a route that cannot be built is a deployment failure
            throw new IllegalStateException("Camel routes could not be added", e);
        }
        context.start();
        camel = context;
        LOG.info(() -> "Camel context started with routes " + context.getRoutes().stream().map(r -> r.getRouteId()).toList());
    }

    /**
     * The filing delivery route with its settings ({@code selfcheck.filing.*}, SELFCHECK_FILING_* variables), the
     * service account's secret (SELFCHECK_FILING_SECRET) and the token endpoint of the realm the portal trusts.
     */
    private FilingDeliveryRoute filingDelivery() {
        if (settings.filingSecret().isBlank()) {
            LOG.warning("SELFCHECK_FILING_SECRET is not set: filings cannot get a token and will wait in the outbox");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        tokens = new ClientCredentialsTokens(settings.realmEndpoint("token"), settings.filingClientId(),
                settings.filingSecret(), http, clock);
        Redelivery redelivery = new Redelivery(settings.filingMaxAttempts(), settings.filingBackoffInitial(),
                settings.filingBackoffMax());
        FilingDeliverySettings delivery = new FilingDeliverySettings(settings.filingPollMillis(), settings.filingBatch(),
                settings.filingParallelism(), FilingDeliverySettings.defaults().httpTimeout());
        return new FilingDeliveryRoute(filingOutbox, tokens, ReceiptVerifier.remote(settings.receiptClockTolerance()),
                redelivery, delivery);
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

}
