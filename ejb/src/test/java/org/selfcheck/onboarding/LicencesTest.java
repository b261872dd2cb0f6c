package org.selfcheck.onboarding;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.selfcheck.shared.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicencesTest {

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("business licence"));
        document.close();
        return out.toByteArray();
    }

    @Test
    void anImageOrAPdfIsTakenByItsContentWhateverTheBrowserSaid() throws IOException {
        assertThat(Licences.check(png(), "application/octet-stream", "scan").contentType()).isEqualTo("image/png");
        Licences.CheckedLicence pdf = Licences.check(pdf(), "image/png", "licence.png");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void aFileThatIsNeitherIsRefusedOnTheLicenceField() {
        assertThatThrownBy(() -> Licences.check("hello".getBytes(StandardCharsets.UTF_8), "application/pdf", "a.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("licence", "licence.type").hasSize(1));
    }

    @Test
    void aPdfThatStartsRightButDoesNotOpenIsCorrupt() {
        byte[] pdf = pdf();
        byte[] cut = Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> Licences.check(cut, null, "cut.pdf")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("licence", "licence.corrupt"));
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> Licences.check(new byte[0], null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("licence", "licence.empty"));
        byte[] big = new byte[(int) Licences.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> Licences.check(big, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("licence", "licence.tooLarge"));
    }
}
