package org.selfcheck.bench.data;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.selfcheck.bench.data.CompanyData.CheckRow;
import org.selfcheck.bench.data.CompanyData.ExtensionRow;
import org.selfcheck.bench.data.CompanyData.FilingRow;
import org.selfcheck.bench.data.CompanyData.HazardRow;
import org.selfcheck.bench.data.CompanyData.ReportRow;
import org.selfcheck.bench.data.CompanyData.TermRow;
import org.selfcheck.bench.data.CompanyData.Version;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.filing.FilingDocument;
import org.selfcheck.hazard.Extension;
import org.selfcheck.hazard.HazardExtension;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.inspection.InTime;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.report.QuarterlyReport;
import org.selfcheck.report.ReportRecord;
import org.selfcheck.report.ReportSummary;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.Quarter;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The documents of the generated data, in the shapes the portal writes and reads: a report's content is a
 * {@link QuarterlyReport} compiled as {@code ReportCompiler} would at the moment of signing (or preparing), written as
 * JSON from the record itself (its components, nulls included, in canonical order, as the portal's JSON-B writes it);
 * a filing's document is {@link FilingDocument}'s own, sealed as canonical JSON with its SHA-256.
 *
 * <p>The JWS (the portal's seal of a report and of a filing, the intake's receipt) keep their format, a compact ES256
 * JWS whose payload is the claims the portal signs, but their signatures are made up: they do not verify. Signing
 * millions of documents with a real key would take longer than loading them, and a benchmark reads, it does not verify.
 */
final class Documents {

    /** The components of the report's records, looked up once per record class. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** What the portal's and the intake's JWS headers name as their keys (RFC 7638 thumbprints are 43 characters). */
    static final String PORTAL_KID = B64.encodeToString(Digests.sha256Hex("selfcheck-bench portal key").substring(0, 32)
            .getBytes(StandardCharsets.US_ASCII)).substring(0, 43);
    static final String INTAKE_KID = B64.encodeToString(Digests.sha256Hex("selfcheck-bench intake key").substring(0, 32)
            .getBytes(StandardCharsets.US_ASCII)).substring(0, 43);

    private static final String EMPTY_CONTENT = "\"document\":{}";

    /** A sealed document: canonical text, its digest and the JWS over them. */
    record Sealed(String canonical, String digest, String jws) {
    }

    private Documents() {
    }

    static CompanyDetails details(CompanyData c) {
        return new CompanyDetails(c.creditCode(), c.name(), c.regionCode(), c.industry().code(), c.industry().name(),
                c.industry().highRisk(), StandardisationGrade.valueOf(c.grade()), c.address(), c.fields(),
                c.registeredAt(), c.registeredBy(), c.registeredAt(), c.registeredBy(), 0);
    }

    // ---- reports ---------------------------------------------------------------------------------------------

    /** The report's content (canonical JSON) and, once signed, its digest and the portal's JWS. */
    static Sealed report(CompanyData c, ReportRow r) {
        String content = CanonicalJson.canonical(json(compile(c, r)));
        if (!r.signed()) {
            return new Sealed(content, null, null);
        }
        String digest = Digests.sha256Hex(content);
        return new Sealed(content, digest, jws(PORTAL_KID, JsonP.PROVIDER.createObjectBuilder().add("digest", digest)
                .add("reportId", String.valueOf(r.id())).add("version", r.version()).add("alg", "SHA-256").build()));
    }

    /** ReportCompiler.compile for the records as they stood when the report was compiled. */
    static QuarterlyReport compile(CompanyData c, ReportRow r) {
        Quarter q = Quarter.parse(r.quarter());
        Instant at = r.compiledAt();
        LocalDate today = LocalDate.ofInstant(at, CompanyGenerator.ZONE);
        LocalDate asOf = q.last().isBefore(today) ? q.last() : today;
        List<QuarterlyReport.CheckPart> checks = c.checks().stream().filter(k -> q.contains(k.date()))
                .sorted(Comparator.comparing(CheckRow::date).thenComparingLong(CheckRow::id))
                .map(k -> check(c, k, at)).toList();
        List<QuarterlyReport.HazardPart> hazards = new ArrayList<>();
        for (HazardRow h : c.hazards().stream().filter(h -> h.createdAt().isBefore(at))
                .sorted(Comparator.comparing(HazardRow::foundOn).thenComparingLong(HazardRow::id)).toList()) {
            Version v = h.at(at);
            if (h.foundOn().isAfter(q.last()) || !q.contains(h.foundOn()) && v.closedOn() != null && v.closedOn().isBefore(q.first())) {
                continue;
            }
            hazards.add(hazard(h, v, at, today, q));
        }
        int found = (int) hazards.stream().filter(h -> !h.carriedOver()).count();
        int remediated = (int) hazards.stream().filter(h -> h.state().equals(HazardState.CLOSED.name())).count();
        int overdue = (int) hazards.stream().filter(QuarterlyReport.HazardPart::overdue).count();
        List<CheckRow> year = c.checks().stream().filter(k -> k.date().getYear() == q.year()).toList();
        List<LocalDate> attended = year.stream().filter(k -> !k.date().isAfter(q.last()) && attends(k, at))
                .map(CheckRow::date).sorted().distinct().toList();
        List<LocalDate> late = year.stream().filter(k -> !k.date().isAfter(q.last()) && k.completedBy(at) && k.confirmedBy(at)
                && !attends(k, at)).map(CheckRow::date).sorted().distinct().toList();
        String attendance = year.stream().anyMatch(k -> attends(k, at)) ? "MET" : today.getYear() > q.year() ? "MISSED" : "NOT_YET";
        boolean covered = c.checks().stream().anyMatch(k -> q.contains(k.date()) && k.completedBy(at)
                && InTime.covers(k.date(), k.completedAt()));
        boolean lateEntry = c.checks().stream().anyMatch(k -> q.contains(k.date()) && k.completedBy(at)
                && InTime.completedLate(k.date(), k.completedAt()));
        String state = covered ? "DONE" : q.endedBefore(today) ? "OVERDUE" : "DUE";
        return new QuarterlyReport(QuarterlyReport.SCHEMA,
                new QuarterlyReport.CompanyPart(c.creditCode(), c.name(), c.regionCode(), c.industry().code(),
                        c.industry().name(), c.address()),
                q.toString(), q.first(), q.last(), q.reportDeadline(), organisation(c, asOf), checks,
                new QuarterlyReport.Statistics(found, remediated, hazards.size() - remediated, overdue), hazards,
                new QuarterlyReport.AttendancePart(q.year(), attendance, attended, late), state, !covered && lateEntry);
    }

    private static boolean attends(CheckRow k, Instant at) {
        return k.completedBy(at) && k.confirmedBy(at) && InTime.attends(k.date(), k.completedAt(), k.principalConfirmedAt());
    }

    private static QuarterlyReport.CheckPart check(CompanyData c, CheckRow k, Instant at) {
        boolean completed = k.completedBy(at);
        int hazards = (int) k.results().stream().filter(x -> "HAZARD".equals(x.outcome()) && x.recordedAt().isBefore(at)).count();
        return new QuarterlyReport.CheckPart(k.id(), k.date(), k.scope(), completed ? "COMPLETED" : "PLANNED",
                k.participants().stream().map(p -> c.person(p.personId()).name()).toList(), k.confirmedBy(at),
                k.results().size(), hazards, completed ? k.completedAt() : null,
                completed && InTime.completedLate(k.date(), k.completedAt()));
    }

    private static QuarterlyReport.HazardPart hazard(HazardRow h, Version v, Instant at, LocalDate today, Quarter q) {
        CompanyData.Plan p = v.described() ? h.plan() : null;
        LocalDate deadline = h.deadlineAt(at, v);
        boolean overdue = (v.state() == HazardState.PENDING || v.state() == HazardState.IN_PROGRESS) && deadline != null
                && deadline.isBefore(today);
        return new QuarterlyReport.HazardPart(h.id(), h.item().reference(), h.foundOn(), h.source().name(), h.description(),
                p == null ? null : p.location(), p == null ? null : p.presentState(), p == null ? null : p.harm(),
                p == null ? null : p.responsiblePerson(), p == null ? null : p.responsibleBody(),
                p == null ? null : p.measures(), p == null ? null : p.fundsAmount(), p == null ? null : p.fundsSource(),
                deadline, p == null ? null : p.contingency(), v.state().name(), v.closedOn(), overdue,
                h.foundOn().isBefore(q.first()), h.source() == org.selfcheck.hazard.HazardSource.BUREAU);
    }

    private static QuarterlyReport.OrganisationPart organisation(CompanyData c, LocalDate day) {
        List<QuarterlyReport.MemberPart> members = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean explained = false;
        for (GroupCategory category : GroupCategory.values()) {
            List<TermRow> held = c.holding(OrgRole.GROUP_MEMBER, day).stream().filter(t -> t.category() == category).toList();
            for (TermRow t : held) {
                CompanyData.PersonRow person = c.person(t.personId());
                members.add(new QuarterlyReport.MemberPart(person.name(), person.position(), category.name(),
                        person.external(), person.employer(), t.certificateNo()));
            }
            if (held.isEmpty() && category.named()) {
                boolean reason = c.explanations().stream().anyMatch(e -> e.category() == category && !e.start().isAfter(day));
                if (reason) {
                    explained = true;
                } else {
                    missing.add(category.name());
                }
            }
        }
        String status = !missing.isEmpty() ? "INCOMPLETE" : explained ? "EXPLAINED" : "COMPLETE";
        String leader = c.holding(OrgRole.DESIGNATED_LEADER, day).stream().findFirst()
                .map(t -> c.person(t.personId()).name()).orElse(null);
        return new QuarterlyReport.OrganisationPart(day, c.principalOn(day).name(), leader, members, status, missing);
    }

    // ---- filings ---------------------------------------------------------------------------------------------

    /** FilingRecorder's document of the filing, sealed: canonical JSON, digest, the portal's JWS over digest and id. */
    static Sealed filing(CompanyData c, FilingRow f) {
        String canonical;
        if (f.report() != null) {
            ReportRow r = f.report();
            Sealed report = report(c, r);
            ReportSummary summary = new ReportSummary(r.id(), r.quarter(), r.version(), r.correctsId(), r.correctionNote(),
                    ReportRecord.Status.SIGNED, r.preparedAt(), r.preparedBy(), r.submittedAt(), r.submittedBy(),
                    r.signedAt(), r.signedBy(), r.signerName(), r.authTime(), report.digest(), PORTAL_KID);
            // FilingDocument writes the document around an empty report content, and the sealed content (canonical
            // already) takes its place: the same text as FilingDocument with the content, without parsing it again
            String around = CanonicalJson.canonical(FilingDocument.report(f.id(), f.createdAt(), details(c), summary, "{}",
                    report.jws()));
            int at = around.indexOf(EMPTY_CONTENT);
            if (at < 0 || around.indexOf(EMPTY_CONTENT, at + 1) >= 0) {
                throw new IllegalStateException("no single report content in the filing document of report " + r.id());
            }
            canonical = around.substring(0, at) + "\"document\":" + report.canonical()
                    + around.substring(at + EMPTY_CONTENT.length());
        } else {
            HazardRow h = f.hazard();
            Version v = f.version();
            LocalDate deadline = f.event() == org.selfcheck.filing.FilingEvent.HAZARD_RECORDED ? null
                    : h.deadlineAt(f.createdAt().plusNanos(1), v);
            canonical = CanonicalJson.canonical(FilingDocument.hazard(f.id(), f.event(), f.createdAt(), details(c),
                    record(h, v), h.item().reference(), deadline, f.extension() == null ? null : extension(f.extension())));
        }
        String digest = Digests.sha256Hex(canonical);
        return new Sealed(canonical, digest, jws(PORTAL_KID, FilingDocument.Sealed.claims(digest, f.id().toString())));
    }

    /** IntakeService's receipt of a delivered filing. */
    static String receipt(FilingRow f, String digest) {
        return jws(INTAKE_KID, JsonP.PROVIDER.createObjectBuilder().add("receiptNo", f.receiptNo())
                .add("receivedAt", f.receiptAt().toString()).add("filingId", f.id().toString()).add("digest", digest)
                .add("bureau", f.bureauName()).build());
    }

    static HazardRecord record(HazardRow h, Version v) {
        CompanyData.Plan p = h.plan();
        RemediationPlan plan = v.described() ? new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), p.measures(),
                p.fundsAmount(), p.fundsSource(), p.deadline(), p.contingency()) : RemediationPlan.EMPTY;
        return new HazardRecord(h.id(), h.source(), h.checkId(), h.item().id(), h.description(), h.foundOn(), h.foundBy(),
                v.described() ? p.location() : null, v.described() ? p.presentState() : null,
                v.described() ? p.harm() : null, plan, v.state(), v.submittedOn(), v.closedOn(), h.createdAt(),
                h.createdBy(), v.at(), v.by(), v.number());
    }

    private static HazardExtension.Details extension(ExtensionRow e) {
        return new HazardExtension.Details(e.id(), e.previousDeadline(), e.requestedDeadline(), e.reason(),
                Extension.Decision.valueOf(e.decision()), e.requestedAt(), e.requestedBy(), e.decidedAt(), e.decidedBy(),
                e.note());
    }

    // ---- JSON and JWS ----------------------------------------------------------------------------------------

    /** A compact JWS of the claims' canonical JSON under the key id, in the portal's format; the signature is made up. */
    static String jws(String kid, JsonObject claims) {
        String header = B64.encodeToString(("{\"kid\":\"" + kid + "\",\"alg\":\"ES256\"}").getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(CanonicalJson.canonical(claims).getBytes(StandardCharsets.UTF_8));
        String hex = Digests.sha256Hex(payload) + Digests.sha256Hex(header + payload);
        byte[] signature = new byte[64];
        for (int i = 0; i < 64; i++) {
            signature[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
        }
        return header + "." + payload + "." + B64.encodeToString(signature);
    }

    /**
     * A record as the portal's JSON-B writes it (Json.STORED): every component by its name, nulls included; dates and
     * instants in ISO form, numbers as numbers, lists as arrays, records as objects. The canonical form sorts the keys.
     */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return JsonP.PROVIDER.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return JsonP.PROVIDER.createValue(i);
        }
        if (value instanceof Long l) {
            return JsonP.PROVIDER.createValue(l);
        }
        if (value instanceof BigDecimal d) {
            return JsonP.PROVIDER.createValue(d);
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return JsonP.PROVIDER.createValue(value.toString());
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        }
        if (value instanceof Record record) {
            JsonObjectBuilder object = JsonP.PROVIDER.createObjectBuilder();
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                try {
                    object.add(component.getName(), json(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return object.build();
        }
        throw new IllegalArgumentException("no JSON for " + value.getClass());
    }
}
