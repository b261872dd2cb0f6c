package org.selfcheck.runtime;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal's readiness as MicroProfile Health checks, {@code database} and {@code camel}: WildFly's
 * microprofile-health-smallrye subsystem (configure.cli) serves them with its own server checks at
 * {@code /health/ready} of the management interface (port 9990), where the run and test commands, load balancers
 * and operators poll it. Liveness ({@code /health/live}) is the server's own.
 */
@ApplicationScoped
public class ReadinessChecks {

    @EJB
    ReadinessProbe readiness;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("database").status(readiness.databaseAnswers()).build();
    }

    @Produces
    @Readiness
    HealthCheck camel() {
        return () -> HealthCheckResponse.named("camel").status(readiness.camelStarted()).build();
    }
}
