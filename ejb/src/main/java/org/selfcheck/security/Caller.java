package org.selfcheck.security;

import java.util.Set;

/**
 * Who calls: an authenticated user (from the verified token, see {@link CallerContext}), or a named system caller
 * ({@code system:filing-delivery}, see {@link SystemProcess}), which has no roles and no company or jurisdiction.
 *
 * @param companyCode the credit code of the user's company (enterprise users), else null
 * @param regionCode  the jurisdiction prefix of a bureau officer (2, 4 or 6 digits), else null
 */
public record Caller(String username, Set<String> roles, String companyCode, String regionCode) {

    /** What the user name of a system caller starts with; no Keycloak user is given such a principal. */
    public static final String SYSTEM_PREFIX = "system:";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The named system caller of a process, e.g. {@code filing-delivery}. */
    public static Caller system(String process) {
        return new Caller(SYSTEM_PREFIX + process, Set.of(), null, null);
    }

    public boolean isSystem() {
        return username.startsWith(SYSTEM_PREFIX) && roles.isEmpty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isEnterpriseUser() {
        return hasRole(Roles.SAFETY_MANAGER) || hasRole(Roles.PRINCIPAL) || hasRole(Roles.GROUP_MEMBER);
    }
}
