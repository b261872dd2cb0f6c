package org.selfcheck.onboarding.imports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.excel.XlsxTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Excel side of an import: the template a page offers (the columns of {@link ImportColumn}, text cells so that a
 * credit code or a mobile number stays as typed, lists for the yes/no and grade columns, and a sheet of instructions),
 * the reading of a filled one (checked by content: an .xlsx whose header row is the template's, in either language),
 * and the result sheet of an import, each row with its outcome and reason.
 */
public final class ImportWorkbook {

    /** The largest file taken: 20,000 rows of the template take about 2 MB. */
    public static final int MAX_BYTES = 10 << 20;
    /** The most rows one import takes (a county's companies, twice over). */
    public static final int MAX_ROWS = 20_000;
    static final List<Locale> HEADER_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final int HELP_LINES = 6;
    private static final int TEMPLATE_VALIDATED_ROWS = MAX_ROWS + 1;

    /** A row of a filled template: its number as Excel shows it, and its cells as text (a blank cell is absent). */
    public record ParsedRow(int rowNo, Map<ImportColumn, String> cells) {
    }

    /** One row of a result sheet. */
    public record ResultRow(int rowNo, Map<ImportColumn, String> cells, String outcome, String reason, String invitation,
                            String invitationNote) {
    }

    private ImportWorkbook() {
    }

    /** The empty template, headed in the reader's language. */
    public static byte[] template(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Messages.get(locale, "import.sheet.companies"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            header(workbook, sheet, Stream.of(ImportColumn.values()).map(c -> c.header(locale)).toList());
            for (ImportColumn c : ImportColumn.values()) {
                sheet.setDefaultColumnStyle(c.ordinal(), c == ImportColumn.CERTIFICATE_VALID_UNTIL ? date : text);
                sheet.setColumnWidth(c.ordinal(), c.width() * 256);
            }
            DataValidationHelper validation = sheet.getDataValidationHelper();
            list(sheet, validation, ImportColumn.HIGH_RISK, List.of(yes(locale), no(locale)));
            list(sheet, validation, ImportColumn.GRADE, Stream.of(StandardisationGrade.values()).map(g -> grade(locale, g)).toList());
            Sheet help = workbook.createSheet(Messages.get(locale, "import.sheet.help"));
            help.setColumnWidth(0, 120 * 256);
            for (int i = 1; i <= HELP_LINES; i++) {
                help.createRow(i - 1).createCell(0).setCellValue(Messages.get(locale, "import.help." + i, MAX_ROWS));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a filled template, blank rows left out; a file that is no .xlsx, whose first sheet is not headed as
     * the template, that holds no row or more than {@link #MAX_ROWS} is refused as a whole (field {@code file}).
     */
    public static List<ParsedRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "import.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "import.file.tooLarge", MAX_BYTES >> 20);
        }
        // an .xlsx is a ZIP: PK\3\4 first, whatever its name says
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw InvalidInputException.of("file", "import.file.notXlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            checkHeader(sheet.getRow(sheet.getFirstRowNum()));
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<ParsedRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Map<ImportColumn, String> cells = cells(sheet.getRow(r), formatter);
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw InvalidInputException.of("file", "import.file.tooManyRows", MAX_ROWS);
                }
                rows.add(new ParsedRow(r + 1, cells));
            }
            if (rows.isEmpty()) {
                throw InvalidInputException.of("file", "import.file.empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // a ZIP that is no workbook, a broken one, a ZIP bomb: POI's exceptions are all runtime ones but this
            throw InvalidInputException.of("file", "import.file.notXlsx");
        }
    }

    /**
     * The result sheet ({@link XlsxTable}): every row of the import as it was filled, then its outcome, reason and
     * invitation.
     */
    public static byte[] results(Locale locale, String title, List<ResultRow> rows) {
        List<XlsxTable.Column> columns = new ArrayList<>();
        columns.add(new XlsxTable.Column(Messages.get(locale, "import.result.rowNo"), 6, XlsxTable.Kind.NUMBER));
        Stream.of(ImportColumn.values()).forEach(c -> columns.add(new XlsxTable.Column(c.label(locale), c.width(), XlsxTable.Kind.TEXT)));
        columns.add(new XlsxTable.Column(Messages.get(locale, "import.result.outcome"), 10, XlsxTable.Kind.CENTRED));
        columns.add(new XlsxTable.Column(Messages.get(locale, "import.result.reason"), 60, XlsxTable.Kind.TEXT));
        columns.add(new XlsxTable.Column(Messages.get(locale, "import.result.invitation"), 10, XlsxTable.Kind.CENTRED));
        columns.add(new XlsxTable.Column(Messages.get(locale, "import.result.invitationNote"), 40, XlsxTable.Kind.TEXT));
        List<List<Object>> values = new ArrayList<>(rows.size());
        for (ResultRow row : rows) {
            List<Object> cells = new ArrayList<>(columns.size());
            cells.add(row.rowNo());
            Stream.of(ImportColumn.values()).forEach(c -> cells.add(row.cells().get(c)));
            cells.add(row.outcome());
            cells.add(row.reason());
            cells.add(row.invitation());
            cells.add(row.invitationNote());
            values.add(cells);
        }
        return XlsxTable.xlsx(Messages.get(locale, "import.sheet.results"), title, columns, values);
    }

    /** 是 / yes: what the yes/no column says for yes in the reader's language. */
    static String yes(Locale locale) {
        return Messages.get(locale, "import.yes");
    }

    static String no(Locale locale) {
        return Messages.get(locale, "import.no");
    }

    static String grade(Locale locale, StandardisationGrade grade) {
        return Messages.get(locale, "import.grade." + grade.name());
    }

    private static void checkHeader(Row header) {
        for (ImportColumn c : ImportColumn.values()) {
            Cell cell = header == null ? null : header.getCell(c.ordinal());
            String text = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
            boolean matches = HEADER_LOCALES.stream().anyMatch(l -> text.equals(c.header(l)) || text.equals(c.label(l)));
            if (!matches) {
                throw InvalidInputException.of("file", "import.file.header", c.ordinal() + 1, c.header(Locale.SIMPLIFIED_CHINESE));
            }
        }
    }

    private static Map<ImportColumn, String> cells(Row row, DataFormatter formatter) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        if (row == null) {
            return cells;
        }
        for (ImportColumn c : ImportColumn.values()) {
            Cell cell = row.getCell(c.ordinal());
            if (cell == null) {
                continue;
            }
            String value = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatCellValue(cell);
            if (value != null && !value.isBlank()) {
                cells.put(c, value.strip());
            }
        }
        return cells;
    }

    private static void header(Workbook workbook, Sheet sheet, List<String> labels) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setBorderBottom(BorderStyle.THIN);
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void list(Sheet sheet, DataValidationHelper helper, ImportColumn column, List<String> values) {
        CellRangeAddressList range = new CellRangeAddressList(1, TEMPLATE_VALIDATED_ROWS, column.ordinal(), column.ordinal());
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)), range));
    }

    private static byte[] bytes(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
