package org.selfcheck.report.pdf;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfcheck.report.pdf.ReportPdfModel.Label;
import org.selfcheck.shared.QrCodes;

/**
 * Renders the PDF of a signed quarterly report as an official form on A4: title, company block, check group,
 * checks, statistics, hazards, the principal's attendance and the signature block with a QR code that links to
 * the verification URL. Tables repeat their header rows on every page they span, long texts wrap and rows may
 * split across pages; every page after the first carries a running header, and every page its number.
 *
 * <p>All text is drawn in one CJK TrueType font, embedded as a subset, so that the PDF shows and yields its
 * Chinese text anywhere. Where the font lies is configuration ({@link #configuredFontLocation()}); by default it
 * is WenQuanYi Micro Hei from Debian's package {@value #FONT_PACKAGE}. A TrueType collection (.ttc) is named
 * with the index of the face, e.g. {@code /path/font.ttc,0}.
 *
 * <p>The renderer adds no text of its own: every label comes from the model.
 */
public final class ReportPdf {

    /** The environment variable that names the font (key {@code selfcheck.pdf.font} of the portal's settings). */
    public static final String FONT_ENV = "SELFCHECK_PDF_FONT";
    /** The Debian package that provides {@link #DEFAULT_FONT}. */
    public static final String FONT_PACKAGE = "fonts-wqy-microhei";
    /** WenQuanYi Micro Hei: TrueType outlines (glyf), which OpenPDF subsets and embeds reliably. */
    public static final String DEFAULT_FONT = org.selfcheck.shared.Settings.DEFAULT_PDF_FONT;

    /** The side of the QR code on the page: 30 mm. */
    static final float QR_SIZE = mm(30);
    /** Pixels per QR module in the embedded image, so that any renderer scales it without blurring modules. */
    private static final int QR_PIXELS_PER_MODULE = 8;

    private static final Pattern COLLECTION_INDEX = Pattern.compile("^(.*\\.tt[cf]),(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xE8, 0xE8);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final float MARGIN_SIDE = mm(18);
    private static final float MARGIN_TOP = mm(22);
    private static final float MARGIN_BOTTOM = mm(18);
    private static final float SECTION_SPACING = 12;
    private static final float BORDER = 0.75f;

    private ReportPdf() {
    }

    /**
     * Fails with a message that says how to install the font when {@code fontLocation} names no readable file
     * (nor a resource on the class path).
     *
     * @throws IllegalStateException naming the Debian package {@value #FONT_PACKAGE} and the settings
     */
    public static void requireFont(String fontLocation) {
        String file = fontFile(fontLocation);
        if (Files.isReadable(Path.of(file)) || ReportPdf.class.getClassLoader().getResource(file) != null) {
            return;
        }
        throw new IllegalStateException("The CJK font for report PDFs is missing: " + fontLocation
                + ". Install the Debian package " + FONT_PACKAGE + " (apt-get install " + FONT_PACKAGE
                + ") for the default " + DEFAULT_FONT + ", or name a TrueType font (a .ttc with ',index') in the "
                + "environment variable " + FONT_ENV + " (or the system property selfcheck.pdf.font).");
    }

    /**
     * Renders the report.
     *
     * @param fontLocation a TrueType font file, a collection as {@code path.ttc,index}
     * @return the PDF
     * @throws IllegalStateException when the font is missing or unusable
     */
    public static byte[] render(ReportPdfModel model, String fontLocation) {
        requireFont(fontLocation);
        BaseFont baseFont;
        try {
            // cached by OpenPDF per location: the glyphs a document uses are tracked per writer
            baseFont = BaseFont.createFont(fontLocation, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The font " + fontLocation + " cannot be used for report PDFs: "
                    + e.getMessage(), e);
        }
        try {
            return new Renderer(model, baseFont).render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code of {@code content} as a black-and-white image, {@code size} points square. */
    static Image qrCode(String content, float size) {
        BitMatrix matrix = QrCodes.matrix(content);
        int scale = QR_PIXELS_PER_MODULE;
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int rowBytes = (width + 7) / 8;
        // DeviceGray, 1 bit per pixel: 0 is black, 1 is white
        byte[] data = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x / scale, y / scale)) {
                    data[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        try {
            Image image = Image.getInstance(width, height, 1, 1, data);
            image.scaleAbsolute(size, size);
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Line breaks as Chinese typesetting wants them (避头尾): no line starts with closing punctuation such as
     * ，。、）and no line ends with an opening bracket; otherwise OpenPDF's rules (any ideograph, spaces, hyphens).
     */
    static final class ChineseLineBreaks extends DefaultSplitCharacter {
        static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();
        private static final String NO_LINE_START = "，。、；：！？）」』】〕〉》”’…—％,.;:!?)]%";
        private static final String NO_LINE_END = "（「『【〔〈《“‘([";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = getCurrentCharacter(current, cc, ck);
            if (NO_LINE_END.indexOf(c) >= 0) {
                return false;
            }
            if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
                return false;
            }
            return NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
        }
    }

    private static String fontFile(String fontLocation) {
        Matcher m = COLLECTION_INDEX.matcher(fontLocation);
        return m.matches() ? m.group(1) : fontLocation;
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** One rendering: fonts and helpers around the model. */
    private static final class Renderer {
        private final ReportPdfModel model;
        private final Font titleFont;
        private final Font subtitleFont;
        private final Font sectionFont;
        private final Font headFont;
        private final Font labelFont;
        private final Font bodyFont;
        private final Font smallFont;

        Renderer(ReportPdfModel model, BaseFont baseFont) {
            this.model = model;
            // the font has one weight: OpenPDF draws BOLD by stroking the outlines as well
            titleFont = new Font(baseFont, 18, Font.BOLD);
            subtitleFont = new Font(baseFont, 12);
            sectionFont = new Font(baseFont, 11.5f, Font.BOLD);
            headFont = new Font(baseFont, 9.5f, Font.BOLD);
            labelFont = new Font(baseFont, 9.5f, Font.BOLD);
            bodyFont = new Font(baseFont, 9.5f);
            smallFont = new Font(baseFont, 8, Font.NORMAL, GREY);
        }

        byte[] render() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageDecoration());
            document.addTitle(text(model.title()));
            document.addSubject(text(model.company().name()) + " " + text(model.quarterLabel()));
            document.addCreator("SelfCheck");
            document.open();

            Paragraph title = new Paragraph(text(model.title()), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(4);
            document.add(title);
            Paragraph quarter = new Paragraph(text(model.quarterLabel()), subtitleFont);
            quarter.setAlignment(Element.ALIGN_CENTER);
            quarter.setSpacingAfter(10);
            document.add(quarter);

            companyBlock(document);
            groupTable(document);
            checksTable(document);
            statisticsTable(document);
            hazardsTable(document);
            attendanceBlock(document);
            signatureBlock(document);

            document.close();
            return out.toByteArray();
        }

        private void companyBlock(Document document) {
            ReportPdfModel.Company company = model.company();
            PdfPTable table = sectionTable(Label.COMPANY_SECTION, new float[] {22, 28, 20, 30});
            table.addCell(labelCell(Label.COMPANY_NAME));
            table.addCell(span(cell(company.name()), 3));
            table.addCell(labelCell(Label.CREDIT_CODE));
            table.addCell(cell(company.creditCode()));
            table.addCell(labelCell(Label.REGION));
            table.addCell(cell(company.region()));
            table.addCell(labelCell(Label.QUARTER));
            table.addCell(cell(model.quarterLabel()));
            table.addCell(labelCell(Label.PERIOD));
            table.addCell(cell(model.period()));
            table.addCell(labelCell(Label.PRINCIPAL));
            table.addCell(cell(company.principal()));
            table.addCell(labelCell(Label.DESIGNATED_LEADER));
            table.addCell(cell(company.designatedLeader()));
            document.add(table);
        }

        private void groupTable(Document document) {
            PdfPTable table = sectionTable(Label.GROUP_SECTION, new float[] {25, 30, 45},
                    Label.MEMBER_NAME, Label.MEMBER_CATEGORY, Label.MEMBER_REMARK);
            for (ReportPdfModel.GroupMember member : model.group()) {
                table.addCell(cell(member.name()));
                table.addCell(cell(member.category()));
                table.addCell(cell(member.remark()));
            }
            noneRow(table, model.group().isEmpty());
            document.add(table);
        }

        private void checksTable(Document document) {
            PdfPTable table = sectionTable(Label.CHECKS_SECTION, new float[] {20, 60, 20},
                    Label.CHECK_DATE, Label.CHECK_MEMBERS, Label.CHECK_PRINCIPAL);
            for (ReportPdfModel.Check check : model.checks()) {
                String date = check.date() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(check.date());
                PdfPCell dateCell = cell(date, bodyFont, Element.ALIGN_CENTER);
                if (check.lateEntry() != null && !check.lateEntry().isBlank()) {
                    dateCell.addElement(paragraph(check.lateEntry(), labelFont, Element.ALIGN_CENTER));
                }
                table.addCell(dateCell);
                table.addCell(cell(check.membersPresent()));
                table.addCell(cell(check.principalPresent(), bodyFont, Element.ALIGN_CENTER));
            }
            noneRow(table, model.checks().isEmpty());
            if (model.quarterCheck() != null && !model.quarterCheck().isBlank()) {
                table.addCell(span(cell(model.quarterCheck()), table.getNumberOfColumns()));
            }
            document.add(table);
        }

        private void statisticsTable(Document document) {
            PdfPTable table = sectionTable(Label.STATISTICS_SECTION, new float[] {25, 25, 25, 25},
                    Label.FOUND, Label.REMEDIATED, Label.UNDER_REMEDIATION, Label.OVERDUE);
            ReportPdfModel.Statistics s = model.statistics();
            for (int n : new int[] {s.found(), s.remediated(), s.underRemediation(), s.overdue()}) {
                table.addCell(cell(Integer.toString(n), bodyFont, Element.ALIGN_CENTER));
            }
            document.add(table);
        }

        private void hazardsTable(Document document) {
            PdfPTable table = sectionTable(Label.HAZARDS_SECTION, new float[] {13, 21, 33, 24, 9},
                    Label.HAZARD_REFERENCE, Label.HAZARD_DESCRIPTION, Label.HAZARD_ELEMENTS,
                    Label.FIVE_IMPLEMENTATIONS, Label.HAZARD_STATE);
            for (ReportPdfModel.Hazard hazard : model.hazards()) {
                table.addCell(cell(hazard.reference()));
                table.addCell(cell(hazard.description()));
                PdfPCell elements = box();
                element(elements, Label.PRESENT_STATE, hazard.presentState());
                element(elements, Label.HARM, hazard.harm());
                element(elements, Label.REMEDIATION, hazard.remediation());
                table.addCell(elements);
                ReportPdfModel.FiveImplementations five = hazard.fiveImplementations();
                PdfPCell rows = box();
                element(rows, Label.FIVE_RESPONSIBILITY, five.responsibility());
                element(rows, Label.FIVE_MEASURES, five.measures());
                element(rows, Label.FIVE_FUNDS, five.funds());
                element(rows, Label.FIVE_DEADLINE, five.deadline());
                element(rows, Label.FIVE_CONTINGENCY, five.contingency());
                table.addCell(rows);
                table.addCell(cell(hazard.state(), bodyFont, Element.ALIGN_CENTER));
            }
            noneRow(table, model.hazards().isEmpty());
            document.add(table);
        }

        private void element(PdfPCell cell, Label label, String value) {
            cell.addElement(paragraph(model.label(label), labelFont, Element.ALIGN_LEFT));
            Paragraph text = paragraph(value, bodyFont, Element.ALIGN_LEFT);
            text.setSpacingAfter(3);
            cell.addElement(text);
        }

        private void attendanceBlock(Document document) {
            PdfPTable table = sectionTable(Label.ATTENDANCE_SECTION, new float[] {100});
            table.addCell(cell(model.principalAttendance()));
            document.add(table);
        }

        private void signatureBlock(Document document) {
            ReportPdfModel.Signature signature = model.signature();
            PdfPTable fields = new PdfPTable(new float[] {28, 72});
            fields.setWidthPercentage(100);
            for (Object[] field : new Object[][] {{Label.SIGNER, signature.signer()},
                    {Label.SIGNED_AT, signature.signedAt()}, {Label.VERSION, signature.version()},
                    {Label.DIGEST, signature.digest()}}) {
                fields.addCell(labelCell((Label) field[0]));
                PdfPCell value = cell((String) field[1]);
                value.setMinimumHeight(22);
                fields.addCell(value);
            }

            float qrColumn = QR_SIZE + 12;
            float width = PageSize.A4.getWidth() - 2 * MARGIN_SIDE;
            PdfPTable block = new PdfPTable(new float[] {width - qrColumn, qrColumn});
            block.setTotalWidth(width);
            block.setLockedWidth(true);
            block.setSpacingBefore(SECTION_SPACING);
            // the heading, the fields and the QR code stay on one page
            block.setKeepTogether(true);
            block.addCell(heading(Label.SIGNATURE_SECTION, 2));
            PdfPCell left = new PdfPCell(fields);
            left.setBorder(Rectangle.NO_BORDER);
            left.setPadding(0);
            left.setPaddingRight(6);
            left.setVerticalAlignment(Element.ALIGN_MIDDLE);
            block.addCell(left);

            PdfPCell right = new PdfPCell();
            right.setBorderWidth(BORDER);
            right.setPadding(4);
            Image qr = qrCode(signature.verificationUrl(), QR_SIZE);
            qr.setAlignment(Image.ALIGN_CENTER);
            right.addElement(qr);
            right.addElement(paragraph(model.label(Label.VERIFY), smallFont, Element.ALIGN_CENTER));
            block.addCell(right);

            PdfPCell url = cell(signature.verificationUrl(), smallFont, Element.ALIGN_LEFT);
            url.setColspan(2);
            url.setBorder(Rectangle.NO_BORDER);
            url.setPaddingLeft(0);
            block.addCell(url);

            // the form's own signature row: the unit's seal, the principal's hand signature and the date, on paper
            PdfPTable hand = new PdfPTable(new float[] {34, 33, 33});
            hand.setWidthPercentage(100);
            for (Label label : new Label[] {Label.UNIT_SEAL, Label.PRINCIPAL_SIGNATURE, Label.SIGNATURE_DATE}) {
                PdfPCell c = cell(model.label(label), labelFont, Element.ALIGN_LEFT);
                c.setMinimumHeight(56);
                c.setVerticalAlignment(Element.ALIGN_TOP);
                hand.addCell(c);
            }
            PdfPCell handCell = new PdfPCell(hand);
            handCell.setColspan(2);
            handCell.setBorder(Rectangle.NO_BORDER);
            handCell.setPadding(0);
            handCell.setPaddingTop(6);
            block.addCell(handCell);
            document.add(block);
        }

        /**
         * A table whose header rows are the section heading and, when given, the column headers: both repeat on
         * every page the table spans, and a heading never stands alone at the foot of a page.
         */
        private PdfPTable sectionTable(Label section, float[] widths, Label... columns) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(SECTION_SPACING);
            // a row that does not fit starts on the next page; one taller than a page is split, never cut
            table.setSplitLate(true);
            table.setSplitRows(true);
            table.addCell(heading(section, widths.length));
            for (Label column : columns) {
                PdfPCell cell = cell(model.label(column), headFont, Element.ALIGN_CENTER);
                cell.setBackgroundColor(HEADER_BACKGROUND);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(cell);
            }
            table.setHeaderRows(columns.length > 0 ? 2 : 1);
            return table;
        }

        private PdfPCell heading(Label section, int columns) {
            PdfPCell cell = cell(model.label(section), sectionFont, Element.ALIGN_LEFT);
            cell.setColspan(columns);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            cell.setPaddingBottom(6);
            return cell;
        }

        private void noneRow(PdfPTable table, boolean empty) {
            if (empty) {
                table.addCell(span(cell(model.label(Label.NONE), bodyFont, Element.ALIGN_CENTER),
                        table.getNumberOfColumns()));
            }
        }

        private PdfPCell labelCell(Label label) {
            PdfPCell cell = cell(model.label(label), labelFont, Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            return cell;
        }

        private PdfPCell cell(String value) {
            return cell(value, bodyFont, Element.ALIGN_LEFT);
        }

        /** A bordered cell holding one wrapping paragraph (composite mode: the paragraph carries alignment). */
        private PdfPCell cell(String value, Font font, int alignment) {
            PdfPCell cell = box();
            cell.addElement(paragraph(value, font, alignment));
            return cell;
        }

        /** An empty bordered cell for paragraphs. */
        private static PdfPCell box() {
            PdfPCell cell = new PdfPCell();
            cell.setBorderWidth(BORDER);
            cell.setPadding(4);
            cell.setPaddingTop(3);
            cell.setPaddingBottom(6);
            cell.setUseAscender(true);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            return cell;
        }

        private static PdfPCell span(PdfPCell cell, int columns) {
            cell.setColspan(columns);
            return cell;
        }

        private static Paragraph paragraph(String value, Font font, int alignment) {
            Chunk chunk = new Chunk(text(value), font);
            chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
            Paragraph paragraph = new Paragraph(chunk);
            paragraph.setLeading(0, 1.35f);
            paragraph.setAlignment(alignment);
            return paragraph;
        }

        /** The running header on the pages after the first and the page number on every page. */
        private final class PageDecoration extends PdfPageEventHelper {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float left = document.left();
                float right = document.right();
                int page = writer.getPageNumber();
                if (page > 1) {
                    float y = document.top() + mm(7);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                            new Phrase(text(model.title()), smallFont), left, y, 0);
                    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(
                            text(model.company().name()) + "  " + text(model.quarterLabel()), smallFont), right, y, 0);
                    canvas.saveState();
                    canvas.setLineWidth(0.5f);
                    canvas.setColorStroke(GREY);
                    canvas.moveTo(left, y - 4);
                    canvas.lineTo(right, y - 4);
                    canvas.stroke();
                    canvas.restoreState();
                }
                String number = MessageFormat.format(model.label(Label.PAGE), Integer.toString(page));
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(new Chunk(number, smallFont)),
                        (left + right) / 2, document.bottom() - mm(9), 0);
            }
        }
    }
}
