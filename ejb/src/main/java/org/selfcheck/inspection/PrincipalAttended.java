package org.selfcheck.inspection;

import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;

/**
 * The principal confirmed, himself, that he took part in a check (R5), in the transaction of the confirmation: the
 * audit log records it, the overview counts it for the year if the check proves it ({@link CheckFact#attendedByPrincipal}).
 */
public record PrincipalAttended(long companyId, CheckFact check, AuditedChange audited) implements Audited {
}
