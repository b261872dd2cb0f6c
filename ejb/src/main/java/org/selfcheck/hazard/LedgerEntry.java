package org.selfcheck.hazard;

import java.time.LocalDate;

/**
 * One line of the hazard ledger (隐患排查治理台账): the hazard, its effective deadline, overdue and qualified.
 *
 * @param selfFound found by the company itself (自查发现): not by the bureau, and not recorded only after a bureau finding of it
 * @param photoId a photo to show as a thumbnail (the first one before), null when it has none
 */
public record LedgerEntry(HazardRecord hazard, String reference, LocalDate deadline, boolean overdue, boolean qualified,
                          boolean selfFound, Long photoId) {
}
