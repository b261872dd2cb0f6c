package org.selfcheck.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a quarterly report: only values (no entities), in the order the official form shows them,
 * so that the same facts always give the same document.
 *
 * @param schema      the document format, so that a verifier knows how to read an old report
 * @param dueDate     the 15th day of the following quarter (16号令 Art. 14)
 * @param quarterState whether the quarter had a check completed before it ended (R3), as the compliance calendar says
 * @param quarterCheckLate the quarter has no check completed before it ended, but one completed after (逾期补录): the
 *                    report says the quarter's check was not completed in time (the state stays OVERDUE)
 */
public record QuarterlyReport(String schema, CompanyPart company, String quarter, LocalDate periodStart,
                              LocalDate periodEnd, LocalDate dueDate, OrganisationPart organisation,
                              List<CheckPart> checks, Statistics statistics, List<HazardPart> hazards,
                              AttendancePart attendance, String quarterState, boolean quarterCheckLate) {

    /**
     * The document format. /2 added when each check was completed and whether that was a late entry, the quarter's
     * late entry and the principal's late confirmations; a /1 document reads with those absent (null, false, empty).
     */
    public static final String SCHEMA = "selfcheck.quarterly-report/2";

    public QuarterlyReport {
        checks = List.copyOf(checks);
        hazards = List.copyOf(hazards);
    }

    public record CompanyPart(String creditCode, String name, String regionCode, String industryCode,
                              String industryName, String address) {
    }

    /** Who was principal, designated leader and group member at the end of the quarter (or on the day compiled). */
    public record OrganisationPart(LocalDate asOf, String principal, String designatedLeader, List<MemberPart> members,
                                   String compositionStatus, List<String> missingCategories) {
        public OrganisationPart {
            members = List.copyOf(members);
            missingCategories = List.copyOf(missingCategories);
        }
    }

    public record MemberPart(String name, String position, String category, boolean external, String employer,
                             String certificateNo) {
    }

    /**
     * One check of the quarter: present members by name, and whether the principal confirmed his attendance.
     *
     * @param completedAt when the check was completed and locked, null while it is not
     * @param lateEntry   completed only after the quarter ended (逾期补录): listed, but it does not cover the quarter
     */
    public record CheckPart(long id, LocalDate date, String scope, String status, List<String> participants,
                            boolean principalAttended, int items, int hazards, Instant completedAt, boolean lateEntry) {
        public CheckPart {
            participants = List.copyOf(participants);
        }
    }

    /** The statistics table of 16号令 Art. 14 for the hazards the report lists. */
    public record Statistics(int found, int remediated, int underRemediation, int overdue) {
    }

    /**
     * A major hazard with the three elements of its report and the plan (五落实).
     *
     * @param carriedOver found before the quarter and still open when it began
     */
    public record HazardPart(long id, String reference, LocalDate foundOn, String source, String description,
                             String location, String presentState, String harm, String responsiblePerson,
                             String responsibleBody, String measures, BigDecimal fundsAmount, String fundsSource,
                             LocalDate deadline, String contingency, String state, LocalDate closedOn, boolean overdue,
                             boolean carriedOver, boolean notSelfFound) {
    }

    /**
     * The principal's attendance for the year so far (R5): the dates of the checks that count and the verdict.
     *
     * @param lateChecks the dates of completed checks he confirmed that do not count, the confirmation or the
     *                   completion having come after the year ended (逾期补录); empty for a /1 document
     */
    public record AttendancePart(int year, String state, List<LocalDate> confirmedChecks, List<LocalDate> lateChecks) {
        public AttendancePart {
            confirmedChecks = List.copyOf(confirmedChecks);
            lateChecks = lateChecks == null ? List.of() : List.copyOf(lateChecks);
        }
    }
}
