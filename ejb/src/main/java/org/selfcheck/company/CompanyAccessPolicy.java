package org.selfcheck.company;

import org.selfcheck.security.Caller;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.RegionCode;

/**
 * Who may read and change a company: enterprise users only their own company (by the credit code claim),
 * bureau officers companies whose production site lies in their jurisdiction (read only), admins all (read only).
 */
public final class CompanyAccessPolicy {

    private CompanyAccessPolicy() {
    }

    public static void checkRead(Caller caller, String creditCode, String regionCode) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (caller.hasRole(Roles.BUREAU_OFFICER)) {
            if (!RegionCode.isJurisdictionPrefix(caller.regionCode())) {
                throw new AccessDeniedException("access.noJurisdiction");
            }
            if (regionCode != null && regionCode.startsWith(caller.regionCode())) {
                return;
            }
            throw new AccessDeniedException("access.outsideJurisdiction");
        }
        checkOwnCompany(caller, creditCode);
    }

    /** The region prefix of the caller's jurisdiction: an officer's, or "" (everywhere) for an admin. */
    public static String jurisdiction(Caller caller) {
        if (caller.hasRole(Roles.ADMIN)) {
            return "";
        }
        if (!caller.hasRole(Roles.BUREAU_OFFICER)) {
            throw new AccessDeniedException("access.role");
        }
        if (!RegionCode.isJurisdictionPrefix(caller.regionCode())) {
            throw new AccessDeniedException("access.noJurisdiction");
        }
        return caller.regionCode();
    }

    /** Only the company's own safety manager changes its profile. */
    public static void checkChange(Caller caller, String creditCode) {
        if (!caller.hasRole(Roles.SAFETY_MANAGER)) {
            throw new AccessDeniedException("access.role");
        }
        checkOwnCompany(caller, creditCode);
    }

    /** The credit code the caller's account is bound to. */
    public static String ownCompany(Caller caller) {
        if (!caller.isEnterpriseUser()) {
            throw new AccessDeniedException("access.role");
        }
        if (caller.companyCode() == null || caller.companyCode().isBlank()) {
            throw new AccessDeniedException("access.noCompany");
        }
        return caller.companyCode();
    }

    private static void checkOwnCompany(Caller caller, String creditCode) {
        if (!ownCompany(caller).equals(creditCode)) {
            throw new AccessDeniedException("access.otherCompany");
        }
    }
}
