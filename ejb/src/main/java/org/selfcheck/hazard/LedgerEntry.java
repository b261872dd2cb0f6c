package org.selfcheck.hazard;

import java.time.LocalDate;

/** One line of the hazard ledger (隐患排查治理台账): the hazard, its effective deadline, overdue and qualified. */
public record LedgerEntry(HazardRecord hazard, String reference, LocalDate deadline, boolean overdue, boolean qualified) {
}
