/**
 * Integration tests: the packaged EAR on a managed WildFly 39 with the real PostgreSQL and Keycloak
 * (started by wildfly-config/bin/test), driven over HTTP and, for the browser, by Selenium in Chromium.
 * Every test makes its own users and companies, so no test depends on another's data.
 */
package org.selfcheck.it;
