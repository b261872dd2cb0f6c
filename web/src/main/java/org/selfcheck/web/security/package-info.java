/** Turns the verified OIDC token of a request into the {@link org.selfcheck.security.Caller} services use. */
package org.selfcheck.web.security;
