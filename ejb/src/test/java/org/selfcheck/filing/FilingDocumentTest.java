package org.selfcheck.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.report.seal.PortalSigner;
import org.selfcheck.report.seal.SealVerifier;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.filing.FilingSamples.COMPANY;
import static org.selfcheck.filing.FilingSamples.HAZARD;
import static org.selfcheck.filing.FilingSamples.NOW;

class FilingDocumentTest {

    private static final UUID ID = UUID.fromString("0b6d3c7e-1f2a-4c5b-9d8e-7f6a5b4c3d2e");
    private final PortalSigner signer = new PortalSigner(FilingSamples.PORTAL);

    @Test
    void aReportFilingCarriesTheSealedReportWithItsOwnDigestAndSignature() {
        String content = CanonicalJson.canonical("{\"quarter\":\"2026Q3\",\"checks\":[]}");
        JsonObject doc = FilingDocument.report(ID, NOW, COMPANY, FilingSamples.REPORT, content, "report.jws.value");
        assertThat(doc.getString("format")).isEqualTo(FilingDocument.FORMAT);
        assertThat(doc.getString("filingId")).isEqualTo(ID.toString());
        assertThat(doc.getString("kind")).isEqualTo("REPORT");
        assertThat(doc.getString("event")).isEqualTo("REPORT_SIGNED");
        assertThat(doc.getJsonObject("company").getString("regionCode")).isEqualTo("330106");
        JsonObject report = doc.getJsonObject("report");
        assertThat(report.getString("digest")).isEqualTo("a".repeat(64));
        assertThat(report.getString("jws")).isEqualTo("report.jws.value");
        assertThat(CanonicalJson.canonical(report.getJsonObject("document"))).as("the report exactly as sealed").isEqualTo(content);
        assertThat(report.containsKey("correctsId")).as("absent values are left out").isFalse();
    }

    @Test
    void aHazardFilingHoldsThePlanTheDeadlineInForceAndAnApprovedExtension() {
        JsonObject doc = FilingDocument.hazard(ID, FilingEvent.EXTENSION_APPROVED, NOW, COMPANY, HAZARD, "GM10-2023 第四条(一)",
                java.time.LocalDate.of(2027, 1, 31), FilingSamples.extension());
        assertThat(doc.getString("kind")).isEqualTo("MILESTONE");
        JsonObject h = doc.getJsonObject("hazard");
        assertThat(h.getJsonNumber("id").longValue()).isEqualTo(7);
        assertThat(h.getString("itemReference")).isEqualTo("GM10-2023 第四条(一)");
        assertThat(h.getString("deadline")).isEqualTo("2027-01-31");
        assertThat(h.getJsonObject("plan").getBoolean("complete")).isTrue();
        assertThat(h.getJsonObject("plan").getJsonNumber("fundsAmount").bigDecimalValue()).isEqualByComparingTo("12000.50");
        assertThat(doc.getJsonObject("extension").getString("decision")).isEqualTo("APPROVED");
        assertThat(h.containsKey("foundBy")).isFalse();
    }

    @Test
    void aHazardEventMustBeOne() {
        assertThatThrownBy(() -> FilingDocument.hazard(ID, FilingEvent.REPORT_SIGNED, NOW, COMPANY, HAZARD, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSealIsTheDigestOfTheCanonicalDocumentSignedWithTheFilingId() {
        JsonObject doc = FilingDocument.hazard(ID, FilingEvent.HAZARD_RECORDED, NOW, COMPANY, HAZARD, null, null, null);
        FilingDocument.Sealed sealed = FilingDocument.Sealed.of(doc, signer);
        assertThat(sealed.canonicalJson()).isEqualTo(CanonicalJson.canonical(doc));
        assertThat(sealed.digest()).isEqualTo(Digests.sha256Hex(sealed.canonicalJson()));
        assertThat(SealVerifier.signedClaims(sealed.jws(), signer.publicKey())).contains(
                FilingDocument.Sealed.claims(sealed.digest(), ID.toString()));
        assertThat(SealVerifier.signedClaims(sealed.jws(), new PortalSigner(FilingSamples.OTHER).publicKey())).isEmpty();
        JsonObject body = CanonicalJson.parseObject(sealed.body());
        assertThat(CanonicalJson.canonical(sealed.body())).as("the posted body is canonical too").isEqualTo(sealed.body());
        assertThat(body.getString("digest")).isEqualTo(sealed.digest());
        assertThat(body.getString("signature")).isEqualTo(sealed.jws());
        assertThat(CanonicalJson.canonical(body.getJsonObject("document"))).isEqualTo(sealed.canonicalJson());
    }
}
