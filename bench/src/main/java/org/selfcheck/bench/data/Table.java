package org.selfcheck.bench.data;

import org.selfcheck.bench.data.CompanyData.CheckRow;
import org.selfcheck.bench.data.CompanyData.FilingRow;
import org.selfcheck.bench.data.CompanyData.HazardRow;
import org.selfcheck.bench.data.CompanyData.Version;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The tables the generator fills, in an order that satisfies their foreign keys, each with the columns its COPY
 * names and how a company's rows are written. {@code hazard_history} gets the earlier versions of each hazard only: the
 * table's trigger writes the version the hazard row holds when it is copied in, as it does for every insert.
 */
enum Table {

    COMPANY("company", "id, credit_code, name, region_code, industry_code, industry_name, high_risk, standardisation_grade, "
            + "address, special_fields, created_at, created_by, updated_at, updated_by, version", (c, out) -> {
        out.number(c.id()).text(c.creditCode()).text(c.name()).text(c.regionCode()).text(c.industry().code())
                .text(c.industry().name()).bool(c.industry().highRisk()).text(c.grade()).text(c.address())
                .text(c.specialFields()).instant(c.registeredAt()).text(c.registeredBy()).instant(c.registeredAt())
                .text(c.registeredBy()).number(0).end();
    }),

    PERSON("person", "id, company_id, name, position, phone, username, external, employer, created_at, created_by, "
            + "updated_at, updated_by, version", (c, out) -> {
        for (var p : c.people()) {
            out.number(p.id()).number(c.id()).text(p.name()).text(p.position()).text(p.phone()).text(p.username())
                    .bool(p.external()).text(p.employer()).instant(p.createdAt()).text(p.createdBy()).instant(p.updatedAt())
                    .text(p.updatedBy()).number(p.version()).end();
        }
    }),

    ORG_TERM("org_term", "id, company_id, person_id, role, category, certificate_no, start_date, end_date, note, created_at, "
            + "created_by, ended_at, ended_by, version", (c, out) -> {
        for (var t : c.terms()) {
            out.number(t.id()).number(c.id()).number(t.personId()).text(t.role().name())
                    .text(t.category() == null ? null : t.category().name()).text(t.certificateNo()).date(t.start())
                    .date(t.end()).text(t.note()).instant(t.createdAt()).text(t.createdBy()).instant(t.endedAt())
                    .text(t.endedBy()).number(t.version()).end();
        }
    }),

    COMPOSITION_EXPLANATION("composition_explanation", "id, company_id, category, reason, start_date, created_at, created_by, "
            + "version", (c, out) -> {
        for (var e : c.explanations()) {
            out.number(e.id()).number(c.id()).text(e.category().name()).text(e.reason()).date(e.start())
                    .instant(e.createdAt()).text(e.createdBy()).number(0).end();
        }
    }),

    SAFETY_CHECK("safety_check", "id, company_id, check_date, scope, status, principal_person_id, principal_confirmed_at, "
            + "principal_confirmed_by, completed_at, completed_by, created_at, created_by, version", (c, out) -> {
        for (CheckRow k : c.checks()) {
            out.number(k.id()).number(c.id()).date(k.date()).text(k.scope()).text(k.completed() ? "COMPLETED" : "PLANNED")
                    .number(k.principalPersonId()).instant(k.principalConfirmedAt()).text(k.principalConfirmedBy())
                    .instant(k.completedAt()).text(k.completedBy()).instant(k.createdAt()).text(k.createdBy())
                    .number(k.version()).end();
        }
    }),

    CHECK_PARTICIPANT("check_participant", "check_id, person_id, added_at, added_by, confirmed_at, confirmed_by", (c, out) -> {
        for (CheckRow k : c.checks()) {
            for (var p : k.participants()) {
                out.number(k.id()).number(p.personId()).instant(p.addedAt()).text(p.addedBy()).instant(p.confirmedAt())
                        .text(p.confirmedBy()).end();
            }
        }
    }),

    CHECK_RESULT("check_result", "id, check_id, item_id, result, reason, description, recorded_at, recorded_by, version",
            (c, out) -> {
                for (CheckRow k : c.checks()) {
                    for (var x : k.results()) {
                        out.number(x.id()).number(k.id()).number(x.item().id()).text(x.outcome()).text(x.reason())
                                .text(x.description()).instant(x.recordedAt()).text(x.recordedBy())
                                .number(x.outcome() == null ? 0 : 1).end();
                    }
                }
            }),

    HAZARD("hazard", "id, company_id, source, check_id, result_id, item_id, description, found_on, found_by, location, "
            + "present_state, harm, responsible_person, responsible_body, measures, funds_amount, funds_source, deadline, "
            + "contingency, state, submitted_on, closed_on, created_at, created_by, updated_at, updated_by, version", (c, out) -> {
        for (HazardRow h : c.hazards()) {
            Version v = h.last();
            var p = v.described() ? h.plan() : null;
            out.number(h.id()).number(c.id()).text(h.source().name()).number(h.checkId()).number(h.resultId())
                    .number(h.item().id()).text(h.description()).date(h.foundOn()).text(h.foundBy());
            plan(out, p);
            out.text(v.state().name()).date(v.submittedOn()).date(v.closedOn()).instant(h.createdAt()).text(h.createdBy())
                    .instant(v.at()).text(v.by()).number(v.number()).end();
        }
    }),

    HAZARD_HISTORY("hazard_history", "hazard_id, valid_from, version, state, location, responsible_person, responsible_body, "
            + "measures, funds_amount, funds_source, deadline, contingency", Table::history),

    HAZARD_EXTENSION("hazard_extension", "id, hazard_id, previous_deadline, requested_deadline, reason, decision, requested_at, "
            + "requested_by, decided_at, decided_by, decision_note", (c, out) -> {
        for (HazardRow h : c.hazards()) {
            for (var e : h.extensions()) {
                out.number(e.id()).number(h.id()).date(e.previousDeadline()).date(e.requestedDeadline()).text(e.reason())
                        .text(e.decision()).instant(e.requestedAt()).text(e.requestedBy()).instant(e.decidedAt())
                        .text(e.decidedBy()).text(e.note()).end();
            }
        }
    }),

    HAZARD_UPDATE("hazard_update", "id, hazard_id, kind, text, created_at, created_by", (c, out) -> {
        for (HazardRow h : c.hazards()) {
            for (var u : h.updates()) {
                out.number(u.id()).number(h.id()).text(u.kind()).text(u.text()).instant(u.at()).text(u.by()).end();
            }
        }
    }),

    QUARTERLY_REPORT("quarterly_report", "id, company_id, quarter, version, corrects_id, correction_note, status, content, "
            + "prepared_at, prepared_by, submitted_at, submitted_by, signed_at, signed_by, signer_name, auth_time, digest, jws, "
            + "key_id, row_version", (c, out) -> {
        for (var r : c.reports()) {
            Documents.Sealed sealed = Documents.report(c, r);
            out.number(r.id()).number(c.id()).text(r.quarter()).number(r.version()).number(r.correctsId())
                    .text(r.correctionNote()).text(r.status()).text(sealed.canonical()).instant(r.preparedAt())
                    .text(r.preparedBy()).instant(r.submittedAt()).text(r.submittedBy()).instant(r.signedAt())
                    .text(r.signedBy()).text(r.signerName()).instant(r.authTime()).text(sealed.digest()).text(sealed.jws())
                    .text(r.signed() ? Documents.PORTAL_KID : null).number(r.rowVersion()).end();
        }
    }),

    FILING("filing", "id, company_id, kind, event, cause, report_id, hazard_id, region_code, bureau_id, document, digest, jws, "
            + "status, attempts, next_attempt_at, last_error, receipt_no, receipt_at, receipt_bureau, receipt_jws, delivered_at, "
            + "replays, created_at, created_by, updated_at", (c, out) -> {
        for (FilingRow f : c.filings()) {
            Documents.Sealed sealed = c.sealedFilings().computeIfAbsent(f.id(), id -> Documents.filing(c, f));
            out.uuid(f.id()).number(c.id()).text(f.event().kind().name()).text(f.event().name()).text(f.cause())
                    .number(f.report() == null ? null : f.report().id()).number(f.hazard() == null ? null : f.hazard().id())
                    .text(c.regionCode()).number(f.bureauId()).text(sealed.canonical()).text(sealed.digest())
                    .text(sealed.jws()).text(f.status()).number(f.attempts()).instant(f.nextAttemptAt()).text(f.lastError())
                    .text(f.receiptNo()).instant(f.receiptAt()).text(f.delivered() ? f.bureauName() : null)
                    .text(f.delivered() ? Documents.receipt(f, sealed.digest()) : null).instant(f.deliveredAt()).number(0)
                    .instant(f.createdAt()).text(f.createdBy()).instant(f.updatedAt()).end();
        }
    }),

    INTAKE_FILING("intake_filing", "filing_id, receipt_no, received_at, received_by, bureau, credit_code, region_code, kind, "
            + "event, digest, document, portal_jws, receipt_jws, reviewed_at, reviewed_by", (c, out) -> {
        for (FilingRow f : c.filings()) {
            if (!f.delivered()) {
                continue;
            }
            Documents.Sealed sealed = c.sealedFilings().computeIfAbsent(f.id(), id -> Documents.filing(c, f));
            out.uuid(f.id()).text(f.receiptNo()).instant(f.receiptAt()).text(CompanyGenerator.FILING_ACCOUNT)
                    .text(f.bureauName()).text(c.creditCode()).text(c.regionCode()).text(f.event().kind().name())
                    .text(f.event().name()).text(sealed.digest()).text(sealed.canonical()).text(sealed.jws())
                    .text(Documents.receipt(f, sealed.digest())).instant(f.reviewedAt()).text(f.reviewedBy()).end();
        }
    });

    /**
     * The passes of a load: the tables of one pass are written from one drawing of the companies, each by a COPY of its
     * own, at the same time; a pass's tables reference only tables of earlier passes, whose COPY has committed.
     */
    static List<List<Table>> passes() {
        return List.of(List.of(COMPANY), List.of(PERSON, COMPOSITION_EXPLANATION, QUARTERLY_REPORT),
                List.of(ORG_TERM, SAFETY_CHECK), List.of(CHECK_PARTICIPANT, CHECK_RESULT), List.of(HAZARD),
                List.of(HAZARD_HISTORY, HAZARD_EXTENSION, HAZARD_UPDATE, FILING, INTAKE_FILING));
    }

    private final String table;
    private final String columns;
    private final BiConsumer<CompanyData, CopyRows> writer;

    Table(String table, String columns, BiConsumer<CompanyData, CopyRows> writer) {
        this.table = table;
        this.columns = columns;
        this.writer = writer;
    }

    String table() {
        return table;
    }

    /** The COPY statement of the table. */
    String copy() {
        return "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    void write(CompanyData company, CopyRows out) {
        writer.accept(company, out);
    }

    private static void plan(CopyRows out, CompanyData.Plan p) {
        if (p == null) {
            out.nul().nul().nul().nul().nul().nul().nul().nul().nul().nul();
        } else {
            out.text(p.location()).text(p.presentState()).text(p.harm()).text(p.responsiblePerson()).text(p.responsibleBody())
                    .text(p.measures()).decimal(p.fundsAmount()).text(p.fundsSource()).date(p.deadline()).text(p.contingency());
        }
    }

    /** The versions before the hazard's current one (the trigger writes that one). */
    private static void history(CompanyData c, CopyRows out) {
        for (HazardRow h : c.hazards()) {
            for (Version v : h.versions().subList(0, h.versions().size() - 1)) {
                var p = v.described() ? h.plan() : null;
                out.number(h.id()).instant(v.at()).number(v.number()).text(v.state().name());
                if (p == null) {
                    out.nul().nul().nul().nul().nul().nul().nul().nul();
                } else {
                    out.text(p.location()).text(p.responsiblePerson()).text(p.responsibleBody()).text(p.measures())
                            .decimal(p.fundsAmount()).text(p.fundsSource()).date(p.deadline()).text(p.contingency());
                }
                out.end();
            }
        }
    }
}
