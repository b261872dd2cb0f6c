/**
 * How a page answers a failure it did not handle itself: an expired or forged view state, a role the service refuses,
 * an upload larger than the portal takes. Everything else is the generic error page, the cause in the server log.
 */
package org.selfcheck.web.error;
