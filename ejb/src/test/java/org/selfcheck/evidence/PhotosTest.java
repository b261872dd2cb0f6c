package org.selfcheck.evidence;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.shared.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotosTest {

    /** a picture with some detail, so that the encoded files have a realistic structure and size */
    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** a valid JPEG of exactly {@code size} bytes: a small picture with comment segments after its start marker */
    static byte[] jpegOfExactly(int size) {
        byte[] picture = jpeg(64, 48);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(picture, 0, 2);
        int missing = size - picture.length;
        while (missing > 0) {
            // a segment is 4 to 65537 bytes: marker FF FE and a length that counts itself
            int segment = Math.min(missing, 65_537);
            if (missing - segment > 0 && missing - segment < 4) {
                segment -= 4;
            }
            int length = segment - 2;
            out.write(0xFF);
            out.write(0xFE);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.writeBytes(new byte[length - 2]);
            missing -= segment;
        }
        out.write(picture, 2, picture.length - 2);
        return out.toByteArray();
    }

    static BufferedImage read(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    static void assertInvalid(ThrowingCallable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .containsExactly(new InvalidInputException.FieldError("photo", messageKey, List.of(arguments))));
    }

    /** a PNG whose header (with a correct checksum) claims the given size, without any pixel data */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB, not interlaced
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082)
                .array();
    }

    static void assertColourNear(int rgb, Color expected) {
        Color actual = new Color(rgb);
        // JPEG is lossy: a few levels either way
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of " + actual).isLessThanOrEqualTo(10);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of " + actual).isLessThanOrEqualTo(10);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of " + actual).isLessThanOrEqualTo(10);
    }

    @Test
    void aJpegIsAcceptedWithItsTypeSizeDimensionsAndChecksum() throws Exception {
        byte[] data = jpeg(640, 480);

        assertThat(Photos.check(data, "image/jpeg", "hazard.jpg"))
                .isEqualTo(new CheckedPhoto("image/jpeg", 640, 480, data.length, sha256(data)));
    }

    @Test
    void aPngIsAcceptedWithItsTypeSizeDimensionsAndChecksum() throws Exception {
        byte[] data = png(640, 480);

        assertThat(Photos.check(data, "image/png", "hazard.png"))
                .isEqualTo(new CheckedPhoto("image/png", 640, 480, data.length, sha256(data)));
    }

    @Test
    void aPngDeclaredAsJpegIsAcceptedAsPng() {
        assertThat(Photos.check(png(640, 480), "image/jpeg", "hazard.jpg").contentType()).isEqualTo("image/png");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"application/octet-stream", "", "IMAGE/JPEG; charset=binary", "image/jpg", "image/pjpeg"})
    void whatTheBrowserDeclaresDoesNotMatterUnlessItIsAnotherImageType(String declared) {
        assertThat(Photos.check(jpeg(64, 48), declared, null).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aGifIsRefusedAsTheWrongType() {
        assertInvalid(() -> Photos.check(encode(picture(64, 48, BufferedImage.TYPE_INT_RGB), "gif"), "image/gif",
                "hazard.gif"), "photo.type", "hazard.gif");
    }

    @Test
    void aJpegDeclaredAsAnotherImageTypeIsRefusedAsTheWrongType() {
        assertInvalid(() -> Photos.check(jpeg(64, 48), "image/gif", "hazard.gif"), "photo.type", "hazard.gif");
    }

    @Test
    void aTextFileRenamedToJpgIsRefusedAsTheWrongType() {
        byte[] text = "隐患描述：配电箱门未关闭。\n".getBytes(StandardCharsets.UTF_8);

        assertInvalid(() -> Photos.check(text, "image/jpeg", "hazard.jpg"), "photo.type", "hazard.jpg");
    }

    @Test
    void theMessageNamesTheFileWithoutTheFoldersSomeBrowsersSend() {
        byte[] text = "not a picture".getBytes(StandardCharsets.US_ASCII);

        assertInvalid(() -> Photos.check(text, null, "C:\\fakepath\\hazard.jpg"), "photo.type", "hazard.jpg");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertInvalid(() -> Photos.check(new byte[0], "image/jpeg", "hazard.jpg"), "photo.empty");
        assertInvalid(() -> Photos.check(null, null, null), "photo.empty");
    }

    @Test
    void aPhotoOfExactlyFiveMegabytesIsAccepted() {
        byte[] data = jpegOfExactly(5 * 1024 * 1024);

        assertThat(Photos.check(data, "image/jpeg", "hazard.jpg").size()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void aPhotoOfFiveMegabytesAndOneByteIsRefusedAsTooLarge() {
        byte[] data = jpegOfExactly(5 * 1024 * 1024 + 1);

        assertInvalid(() -> Photos.check(data, "image/jpeg", "hazard.jpg"), "photo.tooLarge", 5L);
    }

    @Test
    void theSizeIsCheckedBeforeTheContentIsLookedAt() {
        byte[] zeros = new byte[5 * 1024 * 1024 + 1];

        assertInvalid(() -> Photos.check(zeros, "image/jpeg", "hazard.jpg"), "photo.tooLarge", 5L);
    }

    @Test
    void aJpegTruncatedToHalfItsLengthIsRefusedAsCorrupt() {
        byte[] data = jpeg(640, 480);

        assertInvalid(() -> Photos.check(Arrays.copyOf(data, data.length / 2), "image/jpeg", "hazard.jpg"),
                "photo.corrupt", "hazard.jpg");
    }

    @Test
    void aPngTruncatedToHalfItsLengthIsRefusedAsCorrupt() {
        byte[] data = png(640, 480);

        assertInvalid(() -> Photos.check(Arrays.copyOf(data, data.length / 2), "image/png", "hazard.png"),
                "photo.corrupt", "hazard.png");
    }

    @Test
    void aJpegWithDamagedImageDataIsRefusedAsCorrupt() {
        byte[] data = jpeg(640, 480);
        Arrays.fill(data, data.length / 2, data.length / 2 + 64, (byte) 0x55);

        assertInvalid(() -> Photos.check(data, "image/jpeg", "hazard.jpg"), "photo.corrupt", "hazard.jpg");
    }

    @Test
    void aBareMagicNumberIsRefusedAsCorrupt() {
        assertInvalid(() -> Photos.check(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, null, "x.jpg"),
                "photo.corrupt", "x.jpg");
    }

    @Test
    void aPngClaimingTenBillionPixelsIsRefusedFromItsHeaderWithoutDecoding() {
        // Decoding would need 30 GB, and the file has no pixel data at all: any attempt to decode would end in
        // an OutOfMemoryError or photo.corrupt, so this key shows the refusal came from the header alone.
        byte[] bomb = pngHeaderClaiming(100_000, 100_000);

        assertInvalid(() -> Photos.check(bomb, "image/png", "bomb.png"), "photo.tooManyPixels", 100_000, 100_000, 40L);
    }

    @Test
    void fortyMegapixelsAreAllowedButNotOneRowMore() {
        // only the header is needed to tell: the pixel data is missing, so the allowed size fails later, as corrupt
        assertInvalid(() -> Photos.check(pngHeaderClaiming(8000, 5000), null, "a.png"), "photo.corrupt", "a.png");
        assertInvalid(() -> Photos.check(pngHeaderClaiming(8000, 5001), null, "b.png"),
                "photo.tooManyPixels", 8000, 5001, 40L);
    }

    @Test
    void theThumbnailOfA640By480PhotoWithMaxSide160IsA160By120Jpeg() {
        byte[] thumbnail = Photos.thumbnail(jpeg(640, 480), 160);

        assertThat(Photos.contentTypeOf(thumbnail)).isEqualTo("image/jpeg");
        BufferedImage image = read(thumbnail);
        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(image.getHeight()).isEqualTo(120);
    }

    @Test
    void aPortraitPhotoKeepsItsAspectRatioWithTheHeightAsTheLongerSide() {
        BufferedImage image = read(Photos.thumbnail(png(480, 640), 160));

        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(160);
    }

    @Test
    void aLargePhotoIsReducedToTheThumbnailSize() {
        BufferedImage image = read(Photos.thumbnail(jpeg(3000, 2000), 300));

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(200);
        // the red oval in the middle survives the reduction
        assertColourNear(image.getRGB(150, 100), Color.RED);
    }

    @Test
    void aPhotoSmallerThanTheThumbnailIsNotEnlarged() {
        BufferedImage image = read(Photos.thumbnail(png(100, 50), 160));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
    }

    @Test
    void theTransparentPartOfAPngBecomesWhiteInTheThumbnail() {
        BufferedImage transparent = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = transparent.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.dispose(); // the right half stays 0x00000000: transparent black, which would show black if not flattened

        BufferedImage image = read(Photos.thumbnail(encode(transparent, "png"), 100));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        assertColourNear(image.getRGB(20, 25), Color.RED);
        assertColourNear(image.getRGB(80, 25), Color.WHITE);
    }

    @Test
    void aThumbnailCannotBeMadeOfSomethingThatIsNotAPhoto() {
        assertInvalid(() -> Photos.thumbnail("text".getBytes(StandardCharsets.US_ASCII), 160), "photo.type", "");
        assertInvalid(() -> Photos.thumbnail(pngHeaderClaiming(100_000, 100_000), 160),
                "photo.tooManyPixels", 100_000, 100_000, 40L);
    }

    @Test
    void theChecksumIsLowercaseHexSha256() {
        assertThat(Photos.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
