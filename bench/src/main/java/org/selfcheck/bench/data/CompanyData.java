package org.selfcheck.bench.data;

import org.selfcheck.company.SpecialField;
import org.selfcheck.filing.FilingEvent;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything generated for one company, as the rows its tables get: the model {@link CompanyGenerator} draws and the
 * {@link Table}s write. Built for one company at a time and dropped after it, so a province is never held whole.
 */
record CompanyData(long id, String creditCode, String name, Province.County county, Industry industry, String grade,
                   String address, List<SpecialField> fields, Instant registeredAt, String registeredBy,
                   List<PersonRow> people, List<TermRow> terms, List<ExplanationRow> explanations, List<CheckRow> checks,
                   List<HazardRow> hazards, List<ReportRow> reports, List<FilingRow> filings,
                   Map<UUID, Documents.Sealed> sealedFilings) {

    String regionCode() {
        return county.code();
    }

    String specialFields() {
        return String.join(",", fields.stream().map(Enum::name).sorted().toList());
    }

    PersonRow person(long personId) {
        return people.stream().filter(p -> p.id() == personId).findFirst().orElseThrow();
    }

    /** Who held the role on the day (end dates are the last day held). */
    List<TermRow> holding(OrgRole role, LocalDate day) {
        return terms.stream().filter(t -> t.role() == role && !t.start().isAfter(day)
                && (t.end() == null || !t.end().isBefore(day))).toList();
    }

    PersonRow principalOn(LocalDate day) {
        return holding(OrgRole.PRINCIPAL, day).stream().findFirst().map(t -> person(t.personId())).orElseThrow();
    }

    record PersonRow(long id, String name, String position, String phone, String username, boolean external,
                     String employer, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
    }

    record TermRow(long id, long personId, OrgRole role, GroupCategory category, String certificateNo, LocalDate start,
                   LocalDate end, String note, Instant createdAt, String createdBy, Instant endedAt, String endedBy) {

        long version() {
            return endedAt == null ? 0 : 1;
        }
    }

    record ExplanationRow(long id, GroupCategory category, String reason, LocalDate start, Instant createdAt,
                          String createdBy) {
    }

    /** A check with its participants and results, as it stands at the end of the data. */
    record CheckRow(long id, LocalDate date, String scope, long principalPersonId, Instant principalConfirmedAt,
                    String principalConfirmedBy, Instant completedAt, String completedBy, Instant createdAt,
                    String createdBy, List<ParticipantRow> participants, List<ResultRow> results) {

        boolean completed() {
            return completedAt != null;
        }

        long version() {
            return (completedAt == null ? 0 : 1) + (principalConfirmedAt == null ? 0 : 1);
        }

        boolean completedBy(Instant at) {
            return completedAt != null && completedAt.isBefore(at);
        }

        boolean confirmedBy(Instant at) {
            return principalConfirmedAt != null && principalConfirmedAt.isBefore(at);
        }
    }

    record ParticipantRow(long personId, Instant addedAt, String addedBy, Instant confirmedAt, String confirmedBy) {
    }

    /** {@code outcome} null: not recorded yet. */
    record ResultRow(long id, Catalogue.Item item, String outcome, String reason, String description, Instant recordedAt,
                     String recordedBy) {
    }

    /** The hazard's fixed facts (what the register and the describe step record) and its versions, oldest first. */
    record HazardRow(long id, HazardSource source, Long checkId, Long resultId, Catalogue.Item item, String description,
                     LocalDate foundOn, String foundBy, Instant createdAt, String createdBy, Plan plan,
                     List<Version> versions, List<ExtensionRow> extensions, List<UpdateRow> updates) {

        Version last() {
            return versions.get(versions.size() - 1);
        }

        /** The version in force at an instant (the first one if it was recorded at or after it). */
        Version at(Instant instant) {
            Version v = versions.get(0);
            for (Version next : versions) {
                if (next.at().isBefore(instant)) {
                    v = next;
                }
            }
            return v;
        }

        /** The deadline in force at an instant: the latest approved extension decided before it, or the plan's. */
        LocalDate deadlineAt(Instant instant, Version v) {
            LocalDate deadline = v.described() ? plan.deadline() : null;
            for (ExtensionRow e : extensions) {
                if ("APPROVED".equals(e.decision()) && e.decidedAt().isBefore(instant)) {
                    deadline = e.requestedDeadline();
                }
            }
            return deadline;
        }

        /** The deadline in force now (Overdue.effectiveDeadline: the latest approved extension). */
        LocalDate deadlineInForce() {
            LocalDate deadline = last().described() ? plan.deadline() : null;
            for (ExtensionRow e : extensions) {
                if ("APPROVED".equals(e.decision())) {
                    deadline = e.requestedDeadline();
                }
            }
            return deadline;
        }
    }

    /** The report's elements and the plan (五落实); {@code fundsAmount} null: the plan was saved without its funds. */
    record Plan(String location, String presentState, String harm, String responsiblePerson, String responsibleBody,
                String measures, BigDecimal fundsAmount, String fundsSource, LocalDate deadline, String contingency) {

        boolean complete() {
            return fundsAmount != null;
        }
    }

    /**
     * One version of a hazard (JPA's version number), from the moment {@code at} it was written by {@code by}.
     *
     * @param described the elements and plan are recorded (from the describe step on)
     */
    record Version(long number, Instant at, String by, HazardState state, boolean described, LocalDate submittedOn,
                   LocalDate closedOn) {
    }

    /** {@code decision} PENDING, APPROVED or REFUSED; decidedAt null while pending. */
    record ExtensionRow(long id, LocalDate previousDeadline, LocalDate requestedDeadline, String reason, String decision,
                        Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, String note) {
    }

    record UpdateRow(long id, String kind, String text, Instant at, String by) {
    }

    record ReportRow(long id, String quarter, int version, Long correctsId, String correctionNote, String status,
                     Instant preparedAt, String preparedBy, Instant submittedAt, String submittedBy, Instant signedAt,
                     String signedBy, String signerName, Instant authTime) {

        boolean signed() {
            return signedAt != null;
        }

        long rowVersion() {
            return (submittedAt == null ? 0 : 1) + (signedAt == null ? 0 : 1);
        }

        /** When its content was compiled: at signing (sealed), otherwise when prepared. */
        Instant compiledAt() {
            return signed() ? signedAt : preparedAt;
        }
    }

    /**
     * A filing of the outbox and what became of it. {@code report} or {@code hazard} (with the version it files and, for
     * an approved extension, the extension) is its subject.
     */
    record FilingRow(UUID id, FilingEvent event, String cause, ReportRow report, HazardRow hazard, Version version,
                     ExtensionRow extension, long bureauId, String bureauName, Instant createdAt, String createdBy,
                     String status, int attempts, Instant nextAttemptAt, String lastError, String receiptNo,
                     Instant receiptAt, Instant deliveredAt, Instant updatedAt, Instant reviewedAt, String reviewedBy) {

        boolean delivered() {
            return "DELIVERED".equals(status);
        }
    }
}
