package org.selfcheck.shared.excel;

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
 * Writes one table as an Excel workbook (.xlsx), the way bureaus expect their ledgers: one sheet with a title row
 * merged across the columns, a bold header row (frozen, repeated on every printed page, with an auto-filter), and one
 * row per record; A4 landscape, one page wide. Dates are Excel dates shown {@code yyyy-mm-dd}, numbers numbers.
 * <p>
 * Rows are streamed (SXSSF, {@value #ROW_WINDOW} rows kept in memory, the rest in compressed temporary files that
 * are deleted before returning), so that 100,000 rows do not exhaust the heap; the finished workbook itself is
 * returned in memory.
 */
public final class XlsxTable {

    /** The number of rows that are kept in memory while writing. */
    static final int ROW_WINDOW = 100;

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_DATA_ROW = 2;

    /** How a column's cells look. */
    public enum Kind {
        /** wrapped text, top left */
        TEXT,
        /** short text, centred (states, yes/no) */
        CENTRED,
        /** a {@link LocalDate} */
        DATE,
        /** a {@link Number} */
        NUMBER
    }

    /**
     * One column.
     *
     * @param width in characters of the default font, a Chinese character counting about two
     */
    public record Column(String header, int width, Kind kind) {

        public Column {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private XlsxTable() {
    }

    /**
     * The table as an .xlsx workbook.
     *
     * @param rows one list of cell values per row, in the columns' order: a String, a LocalDate for DATE, a Number
     *             for NUMBER, or null for an empty cell
     * @throws IllegalArgumentException if a row has another number of cells than there are columns, or (from POI) if
     *                                  a text is longer than an Excel cell holds or there are more rows than a sheet holds
     * @throws UncheckedIOException     if the temporary files cannot be written
     */
    public static byte[] xlsx(String sheetName, String title, List<Column> columns, Iterable<? extends List<?>> rows) {
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        int count = columns.size();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            layOut(sheet, columns);

            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(28);
            for (int c = 0; c < count; c++) {
                titleRow.createCell(c).setCellStyle(styles.title);
            }
            titleRow.getCell(0).setCellValue(title);
            if (count > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, count - 1));
            }

            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < count; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellStyle(styles.header);
                String header = columns.get(c).header();
                if (header != null) {
                    cell.setCellValue(header);
                }
            }

            int r = FIRST_DATA_ROW;
            for (List<?> values : rows) {
                Objects.requireNonNull(values, "row");
                if (values.size() != count) {
                    throw new IllegalArgumentException("a row has " + values.size() + " cells, but there are " + count + " columns");
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < count; c++) {
                    cell(row, c, values.get(c), columns.get(c).kind(), styles);
                }
            }

            int lastRow = Math.max(HEADER_ROW, r - 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, count - 1));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        } finally {
            dispose(workbook);
        }
    }

    private static void cell(Row row, int column, Object value, Kind kind, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(switch (kind) {
            case TEXT -> styles.text;
            case CENTRED -> styles.centred;
            case DATE -> styles.date;
            case NUMBER -> styles.number;
        });
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** Widths, frozen title and header rows, and printing: A4 landscape, one page wide, the header on every page. */
    private static void layOut(Sheet sheet, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
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
        final CellStyle number;

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

            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.RIGHT);
            number.setVerticalAlignment(VerticalAlignment.TOP);
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
