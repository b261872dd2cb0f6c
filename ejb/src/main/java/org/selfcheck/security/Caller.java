package org.selfcheck.security;

import java.util.Set;

/**
 * The authenticated user of a request.
 *
 * @param companyCode the credit code of the user's company (enterprise users), else null
 * @param regionCode  the jurisdiction prefix of a bureau officer (2, 4 or 6 digits), else null
 */
public record Caller(String username, Set<String> roles, String companyCode, String regionCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isEnterpriseUser() {
        return hasRole(Roles.SAFETY_MANAGER) || hasRole(Roles.PRINCIPAL) || hasRole(Roles.GROUP_MEMBER);
    }
}
