package org.selfcheck.organisation;

import org.selfcheck.security.Caller;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;

import java.time.LocalDate;

/**
 * Who does the company's self-check work on a day, by rule R1/R2: the safety manager, or the designated
 * leader by his own login; who verifies: a group member; who decides for the company: the principal himself.
 */
public final class Keepers {

    private Keepers() {
    }

    /** The safety manager or the designated leader: plans and records checks, keeps hazards. */
    public static void requireKeeper(Caller caller, Organisation o, LocalDate day, String refusalKey) {
        if (!isKeeper(caller, o, day)) {
            throw new AccessDeniedException(refusalKey);
        }
    }

    /** Whether the caller keeps the company's self-check work that day: the safety manager, or the designated leader himself. */
    public static boolean isKeeper(Caller caller, Organisation o, LocalDate day) {
        return caller.hasRole(Roles.SAFETY_MANAGER) || o.holdsByLogin(caller.username(), OrgRole.DESIGNATED_LEADER, day);
    }

    /** A member of the inspection group that day (any category, registered safety engineers included), by his login. */
    public static void requireGroupMember(Caller caller, Organisation o, LocalDate day, String refusalKey) {
        if (!isGroupMember(caller, o, day)) {
            throw new AccessDeniedException(refusalKey);
        }
    }

    /** Whether the caller is a member of the inspection group that day, by his login. */
    public static boolean isGroupMember(Caller caller, Organisation o, LocalDate day) {
        return o.holdsByLogin(caller.username(), OrgRole.GROUP_MEMBER, day);
    }

    /** The principal that day himself, by his login. */
    public static void requirePrincipal(Caller caller, Organisation o, LocalDate day, String refusalKey) {
        if (!isPrincipal(caller, o, day)) {
            throw new AccessDeniedException(refusalKey);
        }
    }

    /** Whether the caller is the principal that day himself, by his login. */
    public static boolean isPrincipal(Caller caller, Organisation o, LocalDate day) {
        return caller.hasRole(Roles.PRINCIPAL) && o.holdsByLogin(caller.username(), OrgRole.PRINCIPAL, day);
    }
}
