/**
 * Who is calling: the {@link org.selfcheck.security.Caller} with roles and the company or jurisdiction
 * bound to the account by Keycloak token claims, held per request by {@link org.selfcheck.security.CallerContext}.
 * Services scope every query with it.
 */
package org.selfcheck.security;
