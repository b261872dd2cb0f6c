package org.selfcheck.hazard;

/**
 * Bureau findings were bound to hazards of the company (a hazard recorded from a finding on is not self-found), fired
 * in the transaction that bound them: the bureau's summary of the company's hazards is recounted.
 */
public record FindingsBound(long companyId) {
}
