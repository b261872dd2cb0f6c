package org.selfcheck.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The EAR this module packaged, exactly as it ships. */
final class Deployments {

    static final String PORTAL = "http://localhost:8080";
    /** MicroProfile Health on the management interface: ready once the EAR is deployed and its checks are UP. */
    static final String READINESS = "http://localhost:9990/health/ready";

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("selfcheck.ear", "target/selfcheck.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
