/**
 * The seal of a signed quarterly report: its content frozen as canonical JSON (RFC 8785 style, so that the same
 * content always gives the same bytes), the SHA-256 digest of those bytes, and a JWS over the digest made with the
 * portal's own key. Anyone with the portal's published key can then tell whether a report's content, its stored
 * digest and its signature still belong together, without trusting the database they were read from.
 */
package org.selfcheck.report.seal;
