package org.selfcheck.security;

/** Keycloak realm roles of SelfCheck, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String SAFETY_MANAGER = "safety-manager";
    public static final String PRINCIPAL = "principal";
    public static final String GROUP_MEMBER = "group-member";
    public static final String BUREAU_OFFICER = "bureau-officer";
    public static final String ADMIN = "admin";
    /** A provincial bureau's administrator: creates and disables the officers of his province (with bureau-officer). */
    public static final String BUREAU_ADMIN = "bureau-admin";
    /** The filing delivery's service account (client credentials): the only caller of the bureau intake. */
    public static final String FILING_SERVICE = "filing-service";

    public static final String[] ALL = {SAFETY_MANAGER, PRINCIPAL, GROUP_MEMBER, BUREAU_OFFICER, ADMIN, BUREAU_ADMIN,
            FILING_SERVICE};

    private Roles() {
    }
}
