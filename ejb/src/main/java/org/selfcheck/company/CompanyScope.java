package org.selfcheck.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.NotFoundException;

import java.util.function.Supplier;

/**
 * Scopes services' reads and changes to the companies the caller may see: the one place that turns a credit
 * code or a record's company into an allowed company, so every feature applies {@link CompanyAccessPolicy}
 * the same way.
 */
@ApplicationScoped
public class CompanyScope {

    @Inject
    CompanyRepository companies;

    @Inject
    CallerContext callerContext;

    /** A company the caller may read (403 outside his company or jurisdiction, 404 when not registered). */
    public Company readable(String creditCode) {
        Caller caller = callerContext.require();
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        CompanyAccessPolicy.checkRead(caller, creditCode, company == null ? null : company.regionCode());
        if (company == null) {
            throw new NotFoundException("company.notFound", creditCode);
        }
        return company;
    }

    /**
     * The company of a record found by id, if the caller may read it; otherwise the record does not exist for
     * him ({@code notFound}), so ids of other tenants reveal nothing.
     */
    public Company readableOwnerOf(long companyId, Supplier<NotFoundException> notFound) {
        Company company = companies.findById(companyId).orElseThrow(notFound);
        try {
            CompanyAccessPolicy.checkRead(callerContext.require(), company.creditCode(), company.regionCode());
        } catch (AccessDeniedException e) {
            throw notFound.get();
        }
        return company;
    }

    /** The caller's own company, its row locked until the transaction ends: changes to one company take turns. */
    public Company ownLocked() {
        return companies.lockByCreditCode(CompanyAccessPolicy.ownCompany(callerContext.require()))
                .orElseThrow(() -> new NotFoundException("company.notRegistered"));
    }
}
