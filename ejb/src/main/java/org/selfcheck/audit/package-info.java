/**
 * The audit trail (notice section 十四): an append-only table of who changed what, when, before and after,
 * hash-chained per company, and the verification that finds the first broken link. Entries come from the
 * {@link org.selfcheck.shared.Audited} events the features fire; nothing else writes the trail.
 */
package org.selfcheck.audit;
