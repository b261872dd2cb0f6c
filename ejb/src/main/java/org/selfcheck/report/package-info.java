/**
 * The quarterly report (R4; 16号令 Art. 14): compiled from what the product holds for a company and a quarter,
 * then (later) signed by the principal, sealed (canonical JSON, digest, JWS: {@code report.seal}) and printed
 * ({@code report.pdf}). Signing fires {@link org.selfcheck.report.ReportSigned}, which the filing recorder observes.
 */
package org.selfcheck.report;
