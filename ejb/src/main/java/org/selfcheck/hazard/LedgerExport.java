package org.selfcheck.hazard;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes a company's hazard ledger (隐患排查治理台账) as an Excel workbook (.xlsx): one sheet named
 * {@value #SHEET_NAME} with a title row merged across the columns, a bold header row (frozen, with an auto-filter),
 * and one row per {@link LedgerRow} in the record's column order. Dates are Excel dates shown {@code yyyy-mm-dd}.
 * <p>
 * Rows are streamed (SXSSF, {@value #ROW_WINDOW} rows kept in memory, the rest in compressed temporary files that
 * are deleted before returning), so that a ledger of 100,000 hazards does not exhaust the heap; the finished
 * workbook itself is returned in memory.
 */
public final class LedgerExport {

    /** The name of the ledger's sheet. */
    public static final String SHEET_NAME = "隐患排查治理台账";

    /** The number of columns: one per component of {@link LedgerRow}, so the number of headers required. */
    public static final int COLUMNS = 16;

    /** The number of rows that are kept in memory while writing. */
    static final int ROW_WINDOW = 100;

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;

    /**
     * Column widths in characters of the default font, a Chinese character counting about two; the long texts wrap.
     */
    private static final int[] WIDTHS = {
            22, // reference
            12, // found on
            12, // source
            40, // description
            20, // location
            30, // present state
            30, // harm
            20, // responsibility
            40, // measures
            20, // funds
            12, // deadline
            30, // contingency
            10, // state
            10, // overdue
            10, // qualified
            12, // closed on
    };

    private LedgerExport() {
    }

    /**
     * The ledger as an .xlsx workbook.
     *
     * @param title   the title row, e.g. {@code 杭州西湖精细化工有限公司 隐患排查治理台账 2026}
     * @param headers the localised column names, exactly {@value #COLUMNS}, in the column order of {@link LedgerRow}
     * @param rows    the hazards, in the order they are to appear
     * @param yes     the text of a true flag (overdue, qualified), e.g. 是
     * @param no      the text of a false flag, e.g. 否
     * @return the bytes of the .xlsx file
     * @throws IllegalArgumentException if there are not exactly {@value #COLUMNS} headers, or (from POI) if a text is
     *                                  longer than an Excel cell holds (32,767 characters) or there are more rows
     *                                  than a sheet holds
     * @throws UncheckedIOException     if the temporary files cannot be written
     */
    public static byte[] xlsx(String title, List<String> headers, List<LedgerRow> rows, String yes, String no) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        if (headers.size() != COLUMNS) {
            throw new IllegalArgumentException(
                    "the ledger has " + COLUMNS + " columns, but " + headers.size() + " headers were given");
        }

        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            layOut(sheet);

            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(28);
            for (int c = 0; c < COLUMNS; c++) {
                titleRow.createCell(c).setCellStyle(styles.title);
            }
            titleRow.getCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS - 1));

            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellStyle(styles.header);
                String header = headers.get(c);
                if (header != null) {
                    cell.setCellValue(header);
                }
            }

            int r = FIRST_DATA_ROW;
            for (LedgerRow hazard : rows) {
                Objects.requireNonNull(hazard, "row");
                Row row = sheet.createRow(r++);
                int c = 0;
                text(row, c++, hazard.reference(), styles.text);
                date(row, c++, hazard.foundOn(), styles.date);
                text(row, c++, hazard.source(), styles.centred);
                text(row, c++, hazard.description(), styles.text);
                text(row, c++, hazard.location(), styles.text);
                text(row, c++, hazard.presentState(), styles.text);
                text(row, c++, hazard.harm(), styles.text);
                text(row, c++, hazard.responsibility(), styles.text);
                text(row, c++, hazard.measures(), styles.text);
                text(row, c++, hazard.funds(), styles.text);
                date(row, c++, hazard.deadline(), styles.date);
                text(row, c++, hazard.contingency(), styles.text);
                text(row, c++, hazard.state(), styles.centred);
                text(row, c++, hazard.overdue() ? yes : no, styles.centred);
                text(row, c++, hazard.qualified() ? yes : no, styles.centred);
                date(row, c, hazard.closedOn(), styles.date);
            }

            int lastRow = Math.max(HEADER_ROW, r - 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, COLUMNS - 1));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the hazard ledger could not be written", e);
        } finally {
            dispose(workbook);
        }
    }

    /** Widths, frozen title and header rows, and printing: A4 landscape, one page wide, the header on every page. */
    private static void layOut(Sheet sheet) {
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** Closes the workbook and deletes its temporary files; a failure here must not hide the export's own. */
    private static void dispose(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing the caller could do about it
        } finally {
            workbook.dispose();
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);

            centred = bordered(workbook);
            centred.setWrapText(true);
            centred.setAlignment(HorizontalAlignment.CENTER);
            centred.setVerticalAlignment(VerticalAlignment.TOP);

            date = bordered(workbook);
            date.setAlignment(HorizontalAlignment.CENTER);
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
