package org.selfcheck.evidence;

import org.selfcheck.shared.InvalidInputException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks uploaded photos before anything is stored, and makes their thumbnails.
 * <p>
 * The bytes decide what a file is: browsers declare whatever the operating system guesses (often
 * {@code application/octet-stream}), so the declared type only counts when it positively says the file is some
 * other kind of image. Every error is reported on the field {@value #FIELD}.
 * <p>
 * Only {@code javax.imageio} and {@link BufferedImage}/{@link Graphics2D} are used, never a window or
 * {@code Toolkit}, so this works on a server without a display and without {@code java.awt.headless} being set.
 */
public final class Photos {

    /** 5 MB: a phone photo fits comfortably, and a request this size does not strain the server */
    public static final long MAX_BYTES = 5 * 1024 * 1024;
    /**
     * 40 megapixels: more than any phone camera, and small enough that no picture can make the decoder allocate
     * hundreds of megabytes (a few kilobytes of PNG can claim 100000 x 100000 pixels: a decompression bomb).
     */
    public static final long MAX_PIXELS = 40_000_000;

    static final String FIELD = "photo";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** the spellings of JPEG and PNG that browsers and older phones declare, so they are not taken for other types */
    private static final Set<String> JPEG_OR_PNG_DECLARED = Set.of("image/jpeg", "image/jpg", "image/pjpeg",
            "image/png", "image/x-png");
    /** good enough that a hazard stays recognisable in a list, small enough to keep lists fast */
    private static final float THUMBNAIL_QUALITY = 0.85f;

    private Photos() {
    }

    /**
     * Checks an uploaded photo: not empty, at most {@link #MAX_BYTES}, JPEG or PNG by content, at most
     * {@link #MAX_PIXELS} pixels, and decodable to the last row.
     *
     * @param declaredContentType what the browser said, may be null or wrong
     * @param fileName            the name the file was uploaded with, may be null; only used in messages
     * @throws InvalidInputException on field {@value #FIELD} with {@code photo.empty}, {@code photo.tooLarge}
     *                               (limit in MB), {@code photo.type} (file name), {@code photo.tooManyPixels}
     *                               (width, height, limit in megapixels) or {@code photo.corrupt} (file name)
     */
    public static CheckedPhoto check(byte[] data, String declaredContentType, String fileName) {
        // cheapest checks first, so that an oversized upload is refused before any of it is parsed
        if (data == null || data.length == 0) {
            throw invalid("photo.empty");
        }
        if (data.length > MAX_BYTES) {
            throw invalid("photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = baseName(fileName);
        String contentType = contentTypeOf(data);
        if (contentType == null || declaresOtherImageType(declaredContentType)) {
            throw invalid("photo.type", name);
        }
        int[] size = decode(data, contentType, name, true, (reader, width, height) -> {
            // One column of every row: the decoder still has to decode every row, so a truncated or damaged
            // file is noticed, but keeps an image one pixel wide, so even 40 megapixels cost almost no memory.
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(width, 1, 0, 0);
            reader.read(0, param);
            return new int[]{width, height};
        });
        return new CheckedPhoto(contentType, size[0], size[1], data.length, sha256(data));
    }

    /**
     * A JPEG thumbnail whose longer side is at most {@code maxSide} pixels, in the photo's aspect ratio. A smaller
     * photo is not enlarged; transparent parts of a PNG become white, since JPEG has no transparency.
     * <p>
     * Meant for photos that passed {@link #check}; it repeats the cheap type and pixel checks anyway so that it
     * can never be made to decode a decompression bomb.
     *
     * @throws InvalidInputException as {@link #check} does, for data that is not a readable JPEG or PNG
     */
    public static byte[] thumbnail(byte[] data, int maxSide) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be at least 1: " + maxSide);
        }
        if (data == null || data.length == 0) {
            throw invalid("photo.empty");
        }
        String contentType = contentTypeOf(data);
        if (contentType == null) {
            throw invalid("photo.type", "");
        }
        BufferedImage[] decoded = new BufferedImage[1];
        int[] size = decode(data, contentType, "", false, (reader, width, height) -> {
            // Decode only every n-th pixel, keeping about twice the thumbnail's size: a 40 megapixel photo is
            // never held in memory whole, and the halving below still has enough pixels to smooth.
            int step = Math.max(1, Math.max(width, height) / (2 * maxSide));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            decoded[0] = reader.read(0, param);
            return new int[]{width, height};
        });
        int longer = Math.max(size[0], size[1]);
        double scale = Math.min(1.0, (double) maxSide / longer);
        // sizes from the original dimensions, not the subsampled ones, so the aspect ratio is exact
        int width = Math.max(1, (int) Math.round(size[0] * scale));
        int height = Math.max(1, (int) Math.round(size[1] * scale));
        return jpeg(scaled(decoded[0], width, height));
    }

    /** The SHA-256 checksum in lowercase hex, stored with each evidence file to show it has not changed since. */
    public static String sha256(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** image/jpeg or image/png from the magic bytes at the start, or null for anything else */
    static String contentTypeOf(byte[] data) {
        if (startsWith(data, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(data, PNG_MAGIC)) {
            return PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** true only when the browser positively claims another kind of image (e.g. a GIF); null or octet-stream is no claim */
    private static boolean declaresOtherImageType(String declared) {
        if (declared == null) {
            return false;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("image/") && !JPEG_OR_PNG_DECLARED.contains(type);
    }

    /** what a decoding step does once the reader is positioned and the pixel count is known to be acceptable */
    @FunctionalInterface
    private interface Decoding<T> {
        T apply(ImageReader reader, int width, int height) throws IOException;
    }

    /**
     * Reads the dimensions from the header, refuses too many pixels before any pixel is decoded, then runs
     * {@code decoding}. Anything the decoder cannot make sense of is {@code photo.corrupt}.
     *
     * @param warningsAreCorrupt the JPEG decoder does not fail on a truncated file: it warns ("premature end of
     *                           data segment") and fills the missing part with grey, so for the check a warning
     *                           means the picture is not what was taken
     */
    private static <T> T decode(byte[] data, String contentType, String name, boolean warningsAreCorrupt,
                                Decoding<T> decoding) {
        // the reader of the type the bytes say, never another plugin that would happen to accept them
        ImageReader reader = readerFor(contentType);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        // in memory, not ImageIO.createImageInputStream, which may spill to a temporary file depending on a global setting
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            // forward only and no metadata: the pixels are all that is checked, and metadata is where most
            // harmless oddities of cameras are (they would otherwise show up as warnings)
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw corrupt(name, e);
            }
            if (width <= 0 || height <= 0) {
                throw corrupt(name, null);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw invalid("photo.tooManyPixels", width, height, MAX_PIXELS / 1_000_000);
            }
            T result;
            try {
                result = decoding.apply(reader, width, height);
            } catch (IOException | RuntimeException e) {
                // decoders throw unchecked exceptions too (e.g. array indexes) on crafted data
                throw corrupt(name, e);
            }
            if (warningsAreCorrupt && !warnings.isEmpty()) {
                throw corrupt(name, null);
            }
            return result;
        } catch (IOException e) {
            // only closing can get here, and closing a stream over a byte array does not fail
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(String contentType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("every Java platform must read " + contentType);
        }
        return readers.next();
    }

    /**
     * Halves the image step by step, then draws it at the final size onto white. Bilinear interpolation looks
     * at two by two pixels only, so a single large step would skip most pixels and the thumbnail would look
     * jagged. Drawing onto an opaque white image is what flattens PNG transparency.
     */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = drawnOnWhite(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return drawnOnWhite(current, width, height);
    }

    private static BufferedImage drawnOnWhite(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(THUMBNAIL_QUALITY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            // writing into memory does not fail
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The file name without any folders (some browsers send the whole path, e.g. C:\fakepath\photo.jpg), and ""
     * rather than null because message arguments cannot be null.
     */
    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
    }

    private static InvalidInputException corrupt(String name, Exception cause) {
        InvalidInputException e = invalid("photo.corrupt", name);
        if (cause != null) {
            // keeps the decoder's reason for the server log; the user only needs to know the file is damaged
            e.initCause(cause);
        }
        return e;
    }

    private static InvalidInputException invalid(String key, Object... arguments) {
        return InvalidInputException.of(FIELD, key, arguments);
    }
}
