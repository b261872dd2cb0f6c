/**
 * Who is calling: the {@link org.selfcheck.security.Caller} with roles and the company or jurisdiction bound to the
 * account by Keycloak token claims, read by {@link org.selfcheck.security.CallerContext} from the container's
 * Elytron identity on every call; entry points no user calls run as a named system caller
 * ({@link org.selfcheck.security.SystemProcess}). Services scope every query with it.
 */
package org.selfcheck.security;
