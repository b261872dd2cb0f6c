package org.selfcheck.inspection;

import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;

/**
 * A quarterly check was completed and locked (R3), fired after the hazards it found were recorded, in the same
 * transaction: the audit log records it, the overview counts its quarter and recounts the company's hazards.
 */
public record CheckCompleted(long companyId, CheckFact check, AuditedChange audited) implements Audited {
}
