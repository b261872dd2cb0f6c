package org.selfcheck.hazard;

import org.selfcheck.shared.excel.XlsxTable;
import org.selfcheck.shared.excel.XlsxTable.Column;
import org.selfcheck.shared.excel.XlsxTable.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes a company's hazard ledger (隐患排查治理台账) as an Excel workbook (.xlsx) with {@link XlsxTable}: one sheet
 * named {@value #SHEET_NAME}, one row per {@link LedgerRow} in the record's column order.
 */
public final class LedgerExport {

    /** The name of the ledger's sheet. */
    public static final String SHEET_NAME = "隐患排查治理台账";

    /** The number of columns: one per component of {@link LedgerRow}, so the number of headers required. */
    public static final int COLUMNS = 16;

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

    private static final Kind[] KINDS = {
            Kind.TEXT, Kind.DATE, Kind.CENTRED, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT,
            Kind.DATE, Kind.TEXT, Kind.CENTRED, Kind.CENTRED, Kind.CENTRED, Kind.DATE};

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
     */
    public static byte[] xlsx(String title, List<String> headers, List<LedgerRow> rows, String yes, String no) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        if (headers.size() != COLUMNS) {
            throw new IllegalArgumentException(
                    "the ledger has " + COLUMNS + " columns, but " + headers.size() + " headers were given");
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            columns.add(new Column(headers.get(c), WIDTHS[c], KINDS[c]));
        }
        return XlsxTable.xlsx(SHEET_NAME, title, columns, rows.stream().map(h -> {
            Objects.requireNonNull(h, "row");
            return Arrays.<Object>asList(h.reference(), h.foundOn(), h.source(), h.description(), h.location(), h.presentState(),
                    h.harm(), h.responsibility(), h.measures(), h.funds(), h.deadline(), h.contingency(), h.state(),
                    h.overdue() ? yes : no, h.qualified() ? yes : no, h.closedOn());
        }).toList());
    }
}
