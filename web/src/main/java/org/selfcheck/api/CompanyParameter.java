package org.selfcheck.api;

import jakarta.ws.rs.core.SecurityContext;
import org.selfcheck.company.CompanyService;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.UnifiedSocialCreditCode;

/** The {@code ?company=} of read requests: named by bureau officers and admins, the caller's own company by default. */
public final class CompanyParameter {

    private CompanyParameter() {
    }

    public static String resolve(String company, SecurityContext security, CompanyService companies) {
        if (company != null && !company.isBlank()) {
            return UnifiedSocialCreditCode.of(company).value();
        }
        if (security.isUserInRole(Roles.BUREAU_OFFICER) || security.isUserInRole(Roles.ADMIN)) {
            throw InvalidInputException.of("company", "company.required");
        }
        return companies.ownCreditCode();
    }
}
