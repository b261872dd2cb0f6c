package org.selfcheck.filing;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.hazard.HazardExtension;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.report.ReportSummary;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.report.seal.PortalSigner;
import org.selfcheck.shared.JsonP;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The document of a filing, as the bureau receives it: who files (the company and its production site's region),
 * what caused it, and the report or hazard as it stands at that moment. It is sealed like a report: canonical JSON
 * (RFC 8785), its SHA-256 digest, and the portal's JWS over the digest and the filing id, so that the bureau can
 * check it came unaltered from the portal; a report's own digest and JWS travel inside it.
 *
 * <p>Format version {@value #FORMAT}; absent values are left out rather than written as null.
 */
public final class FilingDocument {

    /** The format of the document; a bureau system reads it to know which fields to expect. */
    public static final String FORMAT = "selfcheck-filing/1";

    private FilingDocument() {
    }

    /** A signed quarterly report (or a correction), with its sealed content and the portal's seal. */
    public static JsonObject report(UUID filingId, Instant createdAt, CompanyDetails company, ReportSummary report,
                                    String sealedContent, String reportJws) {
        JsonObjectBuilder r = JsonP.PROVIDER.createObjectBuilder()
                .add("id", report.id())
                .add("quarter", report.quarter())
                .add("version", report.version());
        put(r, "correctsId", report.correctsId());
        put(r, "correctionNote", report.correctionNote());
        put(r, "signedAt", report.signedAt());
        put(r, "signerName", report.signerName());
        put(r, "keyId", report.keyId());
        r.add("digest", report.digest())
                .add("jws", reportJws)
                .add("document", CanonicalJson.parseObject(sealedContent));
        return head(filingId, FilingEvent.REPORT_SIGNED, createdAt, company).add("report", r).build();
    }

    /**
     * A hazard at one event: recorded, its plan complete, an extension approved (with {@code extension}), closed.
     *
     * @param itemReference the catalogue item it was judged against (e.g. "GM10-2023 第四条(一)"), or null
     * @param deadline      the deadline in force (an approved extension's), or null
     */
    public static JsonObject hazard(UUID filingId, FilingEvent event, Instant createdAt, CompanyDetails company,
                                    HazardRecord h, String itemReference, LocalDate deadline,
                                    HazardExtension.Details extension) {
        if (event.kind() == FilingKind.REPORT) {
            throw new IllegalArgumentException("not a hazard event: " + event);
        }
        JsonObjectBuilder b = JsonP.PROVIDER.createObjectBuilder()
                .add("id", h.id())
                .add("source", h.source().name())
                .add("description", h.description())
                .add("foundOn", h.foundOn().toString())
                .add("state", h.state().name());
        put(b, "foundBy", h.foundBy());
        put(b, "checkId", h.checkId());
        put(b, "itemReference", itemReference);
        put(b, "location", h.location());
        put(b, "presentState", h.presentState());
        put(b, "harm", h.harm());
        put(b, "deadline", deadline);
        put(b, "submittedOn", h.submittedOn());
        put(b, "closedOn", h.closedOn());
        RemediationPlan p = h.plan();
        if (p != null && !p.equals(RemediationPlan.EMPTY)) {
            JsonObjectBuilder plan = JsonP.PROVIDER.createObjectBuilder();
            put(plan, "responsiblePerson", p.responsiblePerson());
            put(plan, "responsibleBody", p.responsibleBody());
            put(plan, "measures", p.measures());
            put(plan, "fundsAmount", p.fundsAmount());
            put(plan, "fundsSource", p.fundsSource());
            put(plan, "deadline", p.deadline());
            put(plan, "contingency", p.contingency());
            plan.add("complete", p.complete());
            b.add("plan", plan);
        }
        JsonObjectBuilder doc = head(filingId, event, createdAt, company).add("hazard", b);
        if (extension != null) {
            JsonObjectBuilder e = JsonP.PROVIDER.createObjectBuilder()
                    .add("id", extension.id())
                    .add("requestedDeadline", extension.requestedDeadline().toString())
                    .add("reason", extension.reason());
            put(e, "previousDeadline", extension.previousDeadline());
            put(e, "decision", extension.decision() == null ? null : extension.decision().name());
            put(e, "decidedAt", extension.decidedAt());
            put(e, "decisionNote", extension.decisionNote());
            doc.add("extension", e);
        }
        return doc.build();
    }

    private static JsonObjectBuilder head(UUID filingId, FilingEvent event, Instant createdAt, CompanyDetails company) {
        return JsonP.PROVIDER.createObjectBuilder()
                .add("format", FORMAT)
                .add("filingId", filingId.toString())
                .add("kind", event.kind().name())
                .add("event", event.name())
                .add("createdAt", createdAt.toString())
                .add("company", JsonP.PROVIDER.createObjectBuilder()
                        .add("creditCode", company.creditCode())
                        .add("name", company.name())
                        .add("regionCode", company.regionCode()));
    }

    /**
     * The sealed filing: canonical text, digest, and the portal's JWS over {@code {alg, digest, filingId}}.
     *
     * @param body the JSON the delivery route posts: {@code {"digest":…,"document":{…},"signature":…}}
     */
    public record Sealed(String canonicalJson, String digest, String jws, String body) {

        public static Sealed of(JsonObject document, PortalSigner signer) {
            String canonical = CanonicalJson.canonical(document);
            String digest = Digests.sha256Hex(canonical);
            String jws = signer.signClaims(claims(digest, document.getString("filingId")));
            return new Sealed(canonical, digest, jws, envelope(canonical, digest, jws));
        }

        /** What the portal's JWS over a filing says. */
        public static JsonObject claims(String digest, String filingId) {
            return JsonP.PROVIDER.createObjectBuilder().add("alg", "SHA-256").add("digest", digest).add("filingId", filingId).build();
        }

        /** The posted JSON, itself canonical: members in order, the document embedded as it was sealed. */
        public static String envelope(String canonicalDocument, String digest, String jws) {
            return "{\"digest\":" + CanonicalJson.canonical(JsonP.PROVIDER.createValue(Objects.requireNonNull(digest)))
                    + ",\"document\":" + canonicalDocument
                    + ",\"signature\":" + CanonicalJson.canonical(JsonP.PROVIDER.createValue(Objects.requireNonNull(jws))) + "}";
        }
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            b.add(name, s);
        } else if (value instanceof Long l) {
            b.add(name, l);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else if (value instanceof BigDecimal d) {
            b.add(name, d);
        } else {
            b.add(name, value.toString());
        }
    }
}
