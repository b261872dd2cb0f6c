package org.selfcheck.onboarding;

import com.lowagie.text.pdf.PdfReader;
import org.selfcheck.evidence.CheckedPhoto;
import org.selfcheck.evidence.Photos;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an uploaded business licence (营业执照) by its content: a JPEG or PNG photo or scan (as {@link Photos} checks
 * photos), or a PDF that a PDF reader opens and that has a page. The browser's declared type does not count. Every
 * error is on the field {@value #FIELD}.
 */
public final class Licences {

    static final String FIELD = "licence";
    public static final long MAX_BYTES = Photos.MAX_BYTES;
    static final String PDF = "application/pdf";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** What passed: its type as read from its content, its size and SHA-256 (hex). */
    public record CheckedLicence(String contentType, int size, String sha256) {
    }

    private Licences() {
    }

    public static CheckedLicence check(byte[] data, String declaredContentType, String fileName) {
        if (data == null || data.length == 0) {
            throw InvalidInputException.of(FIELD, "licence.empty");
        }
        if (data.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "licence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (data.length >= PDF_MAGIC.length && Arrays.equals(data, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return new CheckedLicence(PDF, data.length, sha256(checkPdf(data, fileName)));
        }
        try {
            CheckedPhoto photo = Photos.check(data, null, fileName);
            return new CheckedLicence(photo.contentType(), data.length, photo.sha256());
        } catch (InvalidInputException e) {
            // the photo's own words (type, pixels, corrupt) on this field, with a type error that names PDF too
            List<FieldError> errors = e.errors().stream().map(f -> new FieldError(FIELD,
                    "photo.type".equals(f.messageKey()) ? "licence.type" : f.messageKey(), f.arguments())).toList();
            throw new InvalidInputException(errors);
        }
    }

    private static byte[] checkPdf(byte[] data, String fileName) {
        try (PdfReader reader = new PdfReader(data)) {
            if (reader.getNumberOfPages() < 1) {
                throw InvalidInputException.of(FIELD, "licence.corrupt", String.valueOf(fileName));
            }
            return data;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(FIELD, "licence.corrupt", String.valueOf(fileName));
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
