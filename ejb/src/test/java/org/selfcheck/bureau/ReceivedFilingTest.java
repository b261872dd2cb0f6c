package org.selfcheck.bureau;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.filing.FilingDocument;
import org.selfcheck.filing.FilingEvent;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.filing.FilingSamples;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.report.seal.PortalSigner;
import org.selfcheck.shared.InvalidInputException;

import java.security.PublicKey;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivedFilingTest {

    private static final PortalSigner PORTAL = new PortalSigner(FilingSamples.PORTAL);
    private static final PublicKey KEY = PORTAL.publicKey();
    private static final UUID ID = UUID.randomUUID();

    private static JsonObject document() {
        return FilingDocument.hazard(ID, FilingEvent.HAZARD_RECORDED, FilingSamples.NOW, FilingSamples.COMPANY,
                FilingSamples.HAZARD, "GM10-2023 第四条(一)", null, null);
    }

    private static FilingDocument.Sealed sealed(JsonObject document) {
        return FilingDocument.Sealed.of(document, PORTAL);
    }

    private static String body(JsonObject document, String digest, String jws) {
        return Json.createObjectBuilder().add("document", document).add("digest", digest).add("signature", jws).build().toString();
    }

    private static JsonObject with(JsonObject o, String name, String value) {
        return Json.createObjectBuilder(o).add(name, value).build();
    }

    private static InvalidInputException refused(String body) {
        try {
            ReceivedFiling.check(body, KEY);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void aSealedFilingIsAcceptedWithWhatTheIntakeStores() {
        FilingDocument.Sealed s = sealed(document());
        ReceivedFiling f = ReceivedFiling.check(s.body(), KEY);
        assertThat(f.filingId()).isEqualTo(ID);
        assertThat(f.kind()).isEqualTo(FilingKind.HAZARD);
        assertThat(f.event()).isEqualTo(FilingEvent.HAZARD_RECORDED);
        assertThat(f.creditCode()).isEqualTo("91330106MA27Y1A30W");
        assertThat(f.regionCode()).isEqualTo("330106");
        assertThat(f.digest()).isEqualTo(s.digest());
        assertThat(f.canonicalDocument()).isEqualTo(s.canonicalJson());
        assertThat(f.portalJws()).isEqualTo(s.jws());
    }

    @Test
    void whitespaceAndMemberOrderDoNotMatterTheContentDoes() {
        FilingDocument.Sealed s = sealed(document());
        String pretty = "{\n  \"signature\": \"" + s.jws() + "\",\n  \"document\": " + document().toString() + ",\n  \"digest\": \""
                + s.digest() + "\"\n}";
        assertThat(ReceivedFiling.check(pretty, KEY).digest()).isEqualTo(s.digest());
    }

    @Test
    void aDocumentAlteredOnTheWayIsRefusedByItsDigest() {
        FilingDocument.Sealed s = sealed(document());
        JsonObject altered = Json.createObjectBuilder(document())
                .add("company", Json.createObjectBuilder(document().getJsonObject("company")).add("name", "别的公司")).build();
        assertThat(refused(body(altered, s.digest(), s.jws())).messageKeysByField()).containsEntry("digest", "intake.digest");
    }

    @Test
    void aNewDigestOverAnAlteredDocumentStillLacksThePortalsSignature() {
        FilingDocument.Sealed s = sealed(document());
        JsonObject altered = with(document(), "createdAt", "2026-11-28T00:00:00Z");
        String digest = Digests.sha256Hex(CanonicalJson.canonical(altered));
        assertThat(refused(body(altered, digest, s.jws())).messageKeysByField()).containsEntry("signature", "intake.signatureOther");
    }

    @Test
    void aFilingSignedWithAnotherKeyIsRefused() {
        FilingDocument.Sealed s = FilingDocument.Sealed.of(document(), new PortalSigner(FilingSamples.OTHER));
        assertThat(refused(s.body()).messageKeysByField()).containsEntry("signature", "intake.signature");
    }

    @Test
    void theSignatureOfOneFilingDoesNotCoverAnotherWithTheSameContent() {
        JsonObject other = with(document(), "filingId", UUID.randomUUID().toString());
        FilingDocument.Sealed theirs = sealed(other);
        FilingDocument.Sealed mine = sealed(document());
        assertThat(refused(body(document(), mine.digest(), theirs.jws())).messageKeysByField())
                .containsEntry("signature", "intake.signatureOther");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"document\":{}", "{\"a\":1,\"a\":2}"})
    void somethingThatIsNotAJsonObjectIsRefused(String body) {
        assertThat(refused(body).messageKeysByField()).containsEntry("body", "intake.notJson");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        JsonObject bad = Json.createObjectBuilder(document())
                .add("format", "other/2")
                .add("filingId", "42")
                .add("kind", "REPORT")
                .add("createdAt", "yesterday")
                .add("company", Json.createObjectBuilder().add("creditCode", "91330106MA27Y1A30X").add("regionCode", "999999"))
                .build();
        InvalidInputException e = refused(body(bad, "0".repeat(64), "x.y.z"));
        assertThat(e.messageKeysByField())
                .containsEntry("document.format", "intake.format")
                .containsEntry("document.filingId", "intake.filingId")
                .containsEntry("document.event", "intake.eventKind")
                .containsEntry("document.createdAt", "intake.time")
                .containsEntry("document.company.creditCode", "intake.creditCode")
                .containsEntry("document.company.regionCode", "intake.regionCode")
                .containsEntry("document.company.name", "intake.required")
                .containsEntry("document.report", "intake.required");
    }

    @Test
    void theEnvelopeHasItsThreeMembersAndNoOther() {
        FilingDocument.Sealed s = sealed(document());
        String extra = Json.createObjectBuilder(CanonicalJson.parseObject(s.body())).add("note", "x").build().toString();
        assertThat(refused(extra).messageKeysByField()).containsEntry("note", "intake.unknownField");
        assertThat(refused("{\"digest\":\"" + s.digest() + "\"}").messageKeysByField())
                .containsEntry("document", "intake.required").containsEntry("signature", "intake.required");
    }

    @Test
    void aHazardFilingWithoutItsHazardIsRefused() {
        JsonObject noHazard = Json.createObjectBuilder(document()).remove("hazard").build();
        FilingDocument.Sealed s = sealed(noHazard);
        assertThat(refused(s.body()).messageKeysByField()).containsEntry("document.hazard", "intake.required");
    }
}
