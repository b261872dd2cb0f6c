package org.selfcheck.hazard;

import java.time.LocalDate;

/**
 * One line of the hazard ledger (隐患排查治理台账): the hazard, its effective deadline, overdue and qualified.
 *
 * @param photoId a photo to show as a thumbnail (the first one before), null when it has none
 */
public record LedgerEntry(HazardRecord hazard, String reference, LocalDate deadline, boolean overdue, boolean qualified,
                          Long photoId) {
}
