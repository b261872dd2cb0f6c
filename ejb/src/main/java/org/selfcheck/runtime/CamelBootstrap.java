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
import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.selfcheck.routes.ClientCredentialsTokens;
import org.selfcheck.routes.CompanyEventsRoute;
import org.selfcheck.routes.FilingDeliveryRoute;
import org.selfcheck.routes.FilingDeliverySettings;
import org.selfcheck.routes.ReceiptVerifier;
import org.selfcheck.routes.Redelivery;
import org.selfcheck.routes.SelfCheckRouteConfiguration;
import org.selfcheck.routes.port.AccessTokens;
import org.selfcheck.routes.port.CompanyEventRecorder;
import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.security.FreshLogin;

import java.net.URI;
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

    private CamelContext camel;

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
        } catch (Exception e) {
            // addRoutes declares Exception; a route that cannot be built is a deployment failure
            throw new IllegalStateException("Camel routes could not be added", e);
        }
        context.start();
        camel = context;
        LOG.info(() -> "Camel context started with routes " + context.getRoutes().stream().map(r -> r.getRouteId()).toList());
    }

    /**
     * The filing delivery route with its settings: system properties {@code selfcheck.filing.*} (set by
     * configure.cli from SELFCHECK_FILING_* variables), the service account's secret from SELFCHECK_FILING_SECRET,
     * the token endpoint of the realm the portal trusts.
     */
    private FilingDeliveryRoute filingDelivery() {
        String secret = System.getenv("SELFCHECK_FILING_SECRET");
        if (secret == null || secret.isBlank()) {
            LOG.warning("SELFCHECK_FILING_SECRET is not set: filings cannot get a token and will wait in the outbox");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AccessTokens tokens = new ClientCredentialsTokens(URI.create(FreshLogin.realm() + "/protocol/openid-connect/token"),
                System.getProperty("selfcheck.filing.client-id", "selfcheck-filing"), secret == null ? "" : secret, http,
                Clock.systemUTC());
        Redelivery redelivery = new Redelivery(Integer.getInteger("selfcheck.filing.max-attempts", 10),
                Duration.ofMillis(Long.getLong("selfcheck.filing.backoff-initial-ms", 2_000)),
                Duration.ofMillis(Long.getLong("selfcheck.filing.backoff-max-ms", 300_000)));
        FilingDeliverySettings d = FilingDeliverySettings.defaults();
        FilingDeliverySettings settings = new FilingDeliverySettings(Long.getLong("selfcheck.filing.poll-ms", d.pollMillis()),
                Integer.getInteger("selfcheck.filing.batch", d.batchSize()),
                Integer.getInteger("selfcheck.filing.parallelism", d.parallelism()), d.httpTimeout());
        Duration receiptTolerance = Duration.ofSeconds(Long.getLong("selfcheck.filing.receipt-clock-tolerance-seconds",
                ReceiptVerifier.DEFAULT_CLOCK_TOLERANCE.toSeconds()));
        return new FilingDeliveryRoute(filingOutbox, tokens, ReceiptVerifier.remote(receiptTolerance), redelivery, settings);
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    public boolean isStarted() {
        return camel != null && camel.isStarted();
    }
}
