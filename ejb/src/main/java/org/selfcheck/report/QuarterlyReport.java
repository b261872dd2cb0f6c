package org.selfcheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a quarterly report: only values (no entities), in the order the official form shows them,
 * so that the same facts always give the same document.
 *
 * @param schema      the document format, so that a verifier knows how to read an old report
 * @param dueDate     the 15th day of the following quarter (16号令 Art. 14)
 * @param quarterState whether the quarter had a completed check (R3), as the compliance calendar says
 */
public record QuarterlyReport(String schema, CompanyPart company, String quarter, LocalDate periodStart,
                              LocalDate periodEnd, LocalDate dueDate, OrganisationPart organisation,
                              List<CheckPart> checks, Statistics statistics, List<HazardPart> hazards,
                              AttendancePart attendance, String quarterState) {

    public static final String SCHEMA = "selfcheck.quarterly-report/1";

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

    /** One check of the quarter: present members by name, and whether the principal confirmed his attendance. */
    public record CheckPart(long id, LocalDate date, String scope, String status, List<String> participants,
                            boolean principalAttended, int items, int hazards) {
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

    /** The principal's attendance for the year so far (R5): confirmed check dates and the verdict. */
    public record AttendancePart(int year, String state, List<LocalDate> confirmedChecks) {
        public AttendancePart {
            confirmedChecks = List.copyOf(confirmedChecks);
        }
    }
}
