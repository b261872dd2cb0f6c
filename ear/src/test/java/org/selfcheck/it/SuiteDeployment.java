package org.selfcheck.it;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Deploys the EAR once for the whole integration-test suite: when Arquillian has started the server, and undeploys
 * it before the server stops. Every test is a client of the running portal (nothing runs inside the server), so no
 * test class declares a {@code @Deployment}; deploying per class cost a deployment (and its class loaders) each.
 * Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Reacts to the container's life cycle. */
    public static class Deployer {

        private EnterpriseArchive ear;

        public void deploy(@Observes AfterStart started) throws DeploymentException {
            ear = Deployments.ear();
            started.getDeployableContainer().deploy(ear);
        }

        public void undeploy(@Observes BeforeStop stopping) throws DeploymentException {
            if (ear != null) {
                stopping.getDeployableContainer().undeploy(ear);
                ear = null;
            }
        }
    }
}
