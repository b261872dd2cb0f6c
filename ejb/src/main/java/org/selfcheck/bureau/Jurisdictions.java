package org.selfcheck.bureau;

import org.selfcheck.security.Caller;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.RegionCode;

/** What part of the country a bureau caller sees: an officer his jurisdiction's region prefix, an admin all of it. */
final class Jurisdictions {

    private Jurisdictions() {
    }

    /** The caller's region prefix ("" for an admin). */
    static String of(Caller caller) {
        if (caller.hasRole(Roles.ADMIN)) {
            return "";
        }
        if (!RegionCode.isJurisdictionPrefix(caller.regionCode())) {
            throw new AccessDeniedException("bureau.noJurisdiction");
        }
        return caller.regionCode();
    }

    /** The county (a region prefix) if it lies within the jurisdiction (else 400), or the jurisdiction itself. */
    static String within(String jurisdiction, String county) {
        if (county == null || county.isBlank()) {
            return jurisdiction;
        }
        String c = county.strip();
        if (!RegionCode.isJurisdictionPrefix(c) || !c.startsWith(jurisdiction)) {
            throw InvalidInputException.of("county", "inbox.countyOutside", c);
        }
        return c;
    }
}
