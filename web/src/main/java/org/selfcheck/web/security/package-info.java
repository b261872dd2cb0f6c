/** Logging out of the portal and Keycloak; the caller itself comes from the container's identity (ejb's CallerContext). */
package org.selfcheck.web.security;
