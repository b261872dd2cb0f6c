/**
 * Filing with the competent bureau (R4): the bureau directory and routing by the production site's region code.
 * The outbox, transport and receipts build on it. Filings are caused by events the recorder observes
 * ({@code ReportSigned}, {@code HazardMilestone}); a delivery fires {@link org.selfcheck.filing.FilingDelivered}.
 */
package org.selfcheck.filing;
