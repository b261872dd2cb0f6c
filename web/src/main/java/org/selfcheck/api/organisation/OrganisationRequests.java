package org.selfcheck.api.organisation;

/** The JSON bodies of the organisation API. Dates are ISO strings (yyyy-MM-dd), checked field by field. */
final class OrganisationRequests {

    private OrganisationRequests() {
    }

    /** A person of the company; {@code version} (from a previous GET) guards against lost updates. */
    record PersonRequest(String name, String position, String phone, String username, Boolean external,
                         String employer, Long version) {
    }

    /** A person takes a role (principal, leadership member, designated leader) from {@code start}. */
    record AppointmentRequest(Long personId, String start, String note) {
    }

    /** A person joins the group in a category. */
    record MemberRequest(Long personId, String category, String certificateNo, String start, String end) {
    }

    /** Why the group has no member of a named category. */
    record ExplanationRequest(String category, String reason, String start) {
    }

    /** The first day something no longer holds. */
    record EndRequest(String date) {
    }
}
