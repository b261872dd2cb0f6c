package org.selfcheck.organisation;

/** A company's organisation changed (a term began or ended): fired in the transaction that changed it. */
public record OrganisationChanged(long companyId, String creditCode) {
}
