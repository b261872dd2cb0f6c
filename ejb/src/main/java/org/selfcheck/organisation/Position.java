package org.selfcheck.organisation;

import java.time.LocalDate;

/** A term with the person who holds it: what pages and the API show. */
public record Position(long termId, PersonDetails person, OrgRole role, GroupCategory category, String certificateNo,
                       LocalDate start, LocalDate end, String note) {
}
