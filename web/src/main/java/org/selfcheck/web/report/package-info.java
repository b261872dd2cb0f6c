/** Screens of quarterly reports and the principal's signing with a fresh login at Keycloak. */
package org.selfcheck.web.report;
