package org.selfcheck.bench.data;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfcheck.filing.FilingDocument;
import org.selfcheck.report.QuarterlyReport;
import org.selfcheck.report.ReportRecord;
import org.selfcheck.report.ReportSummary;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {

    private static final List<CompanyData> COMPANIES = new ArrayList<>();

    @BeforeAll
    static void draw() {
        ProvinceDataTest.data(2026, 60).each(COMPANIES::add);
    }

    @Test
    void a_report_content_has_every_component_of_the_quarterly_report_and_is_canonical() {
        for (CompanyData c : COMPANIES) {
            for (CompanyData.ReportRow r : c.reports()) {
                Documents.Sealed sealed = Documents.report(c, r);
                JsonObject content = CanonicalJson.parseObject(sealed.canonical());
                assertThat(CanonicalJson.canonical(content)).isEqualTo(sealed.canonical());
                assertThat(content.keySet()).isEqualTo(names(QuarterlyReport.class));
                assertThat(content.getString("schema")).isEqualTo(QuarterlyReport.SCHEMA);
                assertThat(content.getString("quarter")).isEqualTo(r.quarter());
                assertThat(content.getJsonObject("company").keySet()).isEqualTo(names(QuarterlyReport.CompanyPart.class));
                assertThat(content.getJsonObject("organisation").keySet()).isEqualTo(names(QuarterlyReport.OrganisationPart.class));
                assertThat(content.getJsonObject("statistics").keySet()).isEqualTo(names(QuarterlyReport.Statistics.class));
                content.getJsonArray("hazards").forEach(h -> assertThat(h.asJsonObject().keySet())
                        .isEqualTo(names(QuarterlyReport.HazardPart.class)));
                content.getJsonArray("checks").forEach(k -> assertThat(k.asJsonObject().keySet())
                        .isEqualTo(names(QuarterlyReport.CheckPart.class)));
                if (r.signed()) {
                    assertThat(sealed.digest()).isEqualTo(Digests.sha256Hex(sealed.canonical()));
                    assertThat(claims(sealed.jws()).getString("digest")).isEqualTo(sealed.digest());
                    assertThat(claims(sealed.jws()).getString("reportId")).isEqualTo(String.valueOf(r.id()));
                } else {
                    assertThat(sealed.digest()).isNull();
                }
            }
        }
    }

    @Test
    void a_report_filing_is_filing_documents_own_with_the_sealed_content_in_it() {
        int reports = 0;
        for (CompanyData c : COMPANIES) {
            for (CompanyData.FilingRow f : c.filings()) {
                Documents.Sealed sealed = Documents.filing(c, f);
                JsonObject document = CanonicalJson.parseObject(sealed.canonical());
                assertThat(document.getString("format")).isEqualTo(FilingDocument.FORMAT);
                assertThat(document.getString("filingId")).isEqualTo(f.id().toString());
                assertThat(document.getString("event")).isEqualTo(f.event().name());
                assertThat(sealed.digest()).isEqualTo(Digests.sha256Hex(sealed.canonical()));
                assertThat(claims(sealed.jws()).getString("filingId")).isEqualTo(f.id().toString());
                if (f.report() != null) {
                    reports++;
                    CompanyData.ReportRow r = f.report();
                    Documents.Sealed report = Documents.report(c, r);
                    ReportSummary summary = new ReportSummary(r.id(), r.quarter(), r.version(), r.correctsId(),
                            r.correctionNote(), ReportRecord.Status.SIGNED, r.preparedAt(), r.preparedBy(), r.submittedAt(),
                            r.submittedBy(), r.signedAt(), r.signedBy(), r.signerName(), r.authTime(), report.digest(),
                            Documents.PORTAL_KID);
                    assertThat(sealed.canonical()).isEqualTo(CanonicalJson.canonical(FilingDocument.report(f.id(),
                            f.createdAt(), Documents.details(c), summary, report.canonical(), report.jws())));
                } else {
                    assertThat(document.getJsonObject("hazard").getJsonNumber("id").longValue()).isEqualTo(f.hazard().id());
                }
                if (f.delivered()) {
                    JsonObject receipt = claims(Documents.receipt(f, sealed.digest()));
                    assertThat(receipt.getString("receiptNo")).isEqualTo(f.receiptNo()).matches("RC\\d{8}-\\d{8}");
                    assertThat(receipt.getString("digest")).isEqualTo(sealed.digest());
                }
            }
        }
        assertThat(reports).isPositive();
    }

    @Test
    void a_made_up_jws_has_the_portals_format() {
        String jws = Documents.jws(Documents.PORTAL_KID, FilingDocument.Sealed.claims(Digests.sha256Hex("x"), "id-1"));
        String[] parts = jws.split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(CanonicalJson.parseObject(header).getString("alg")).isEqualTo("ES256");
        assertThat(CanonicalJson.parseObject(header).getString("kid")).hasSize(43);
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(64);
        assertThat(claims(jws).getString("filingId")).isEqualTo("id-1");
    }

    private static JsonObject claims(String jws) {
        return CanonicalJson.parseObject(new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static Set<String> names(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }
}
