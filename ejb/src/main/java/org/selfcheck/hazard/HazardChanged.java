package org.selfcheck.hazard;

import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;

/**
 * Something of a company's hazard changed (recorded, described, a step, an extension, a photo), fired by the hazard
 * package in the transaction of the change: the audit log records it, the bureau's summary of the company's hazards
 * is recounted.
 */
public record HazardChanged(long companyId, AuditedChange audited) implements Audited {
}
