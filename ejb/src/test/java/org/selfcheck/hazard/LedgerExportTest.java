package org.selfcheck.hazard;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerExportTest {

    static final String TITLE = "杭州西湖精细化工有限公司 隐患排查治理台账 2026";

    static final List<String> HEADERS = List.of("依据条款", "发现日期", "隐患来源", "隐患描述", "隐患位置", "现状",
            "可能造成的危害", "责任人及责任部门", "治理措施", "治理资金及来源", "治理期限", "应急预案及防范措施", "状态",
            "是否逾期", "是否验收合格", "销号日期");

    static final LedgerRow OPEN = new LedgerRow("GM10-2023 第十一条(三)", LocalDate.of(2026, 3, 5), "企业自查",
            "甲类仓库内可燃气体检测报警装置未与应急排风联锁", "三号甲类仓库", "报警装置独立运行",
            "可燃气体积聚引发火灾爆炸", "张伟 安全环保部", "增设联锁控制并校验", "3.5万元 安全生产费用",
            LocalDate.of(2026, 4, 30), "加强巡检，配备便携式检测仪", "整改中", true, false, null);

    static final LedgerRow CLOSED = new LedgerRow(null, LocalDate.of(2026, 1, 12), "政府检查", "装卸区防静电接地失效",
            "装卸站台", "接地电阻超标", "静电火花引燃", "李娜 储运部", "更换接地装置", "0.8万元 安全生产费用",
            LocalDate.of(2026, 2, 28), "暂停装卸作业", "已销号", false, true, LocalDate.of(2026, 2, 20));

    static final LedgerRow BARE = new LedgerRow(null, LocalDate.of(2026, 6, 1), "员工报告", "消防通道堆放杂物",
            null, null, null, null, null, null, null, null, "待整改", false, false, null);

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook threeRows() {
        return read(LedgerExport.xlsx(TITLE, HEADERS, List.of(OPEN, CLOSED, BARE), "是", "否"));
    }

    static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    @Test
    void theLedgerIsOneSheetNamedAfterTheLedger() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("隐患排查治理台账");
        }
    }

    @Test
    void theTitleIsABoldFirstRowMergedAcrossAllSixteenColumns() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo(TITLE);
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 15));
        }
    }

    @Test
    void theHeadersAreTheGivenNamesInBoldWrappedText() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            Row header = workbook.getSheetAt(0).getRow(1);
            assertThat(IntStream.range(0, 16).mapToObj(c -> text(header, c))).containsExactlyElementsOf(HEADERS);
            assertThat(header.getLastCellNum()).isEqualTo((short) 16);
            for (Cell cell : header) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
            }
        }
    }

    @Test
    void eachHazardIsARowInTheColumnOrderOfTheLedgerRow() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row row = sheet.getRow(2);
            assertThat(text(row, 0)).isEqualTo("GM10-2023 第十一条(三)");
            assertThat(text(row, 2)).isEqualTo("企业自查");
            assertThat(text(row, 3)).isEqualTo("甲类仓库内可燃气体检测报警装置未与应急排风联锁");
            assertThat(text(row, 4)).isEqualTo("三号甲类仓库");
            assertThat(text(row, 5)).isEqualTo("报警装置独立运行");
            assertThat(text(row, 6)).isEqualTo("可燃气体积聚引发火灾爆炸");
            assertThat(text(row, 7)).isEqualTo("张伟 安全环保部");
            assertThat(text(row, 8)).isEqualTo("增设联锁控制并校验");
            assertThat(text(row, 9)).isEqualTo("3.5万元 安全生产费用");
            assertThat(text(row, 11)).isEqualTo("加强巡检，配备便携式检测仪");
            assertThat(text(row, 12)).isEqualTo("整改中");
            assertThat(text(sheet.getRow(3), 3)).isEqualTo("装卸区防静电接地失效");
            assertThat(text(sheet.getRow(4), 3)).isEqualTo("消防通道堆放杂物");
        }
    }

    @Test
    void datesAreExcelDatesShownAsIsoDays() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell foundOn = sheet.getRow(2).getCell(1);
            assertThat(foundOn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(foundOn)).isTrue();
            assertThat(foundOn.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(foundOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(sheet.getRow(2).getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(sheet.getRow(3).getCell(15).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 20));
        }
    }

    @Test
    void flagsAreTheGivenYesAndNo() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(2), 13)).isEqualTo("是");
            assertThat(text(sheet.getRow(2), 14)).isEqualTo("否");
            assertThat(text(sheet.getRow(3), 13)).isEqualTo("否");
            assertThat(text(sheet.getRow(3), 14)).isEqualTo("是");
        }
    }

    @Test
    void missingValuesAreEmptyCells() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            Row bare = workbook.getSheetAt(0).getRow(4);
            for (int c : new int[] {0, 4, 5, 6, 7, 8, 9, 10, 11, 15}) {
                assertThat(bare.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.BLANK);
            }
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(15).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theHeaderRowCarriesAnAutoFilterOverAllRows() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:P5");
        }
    }

    @Test
    void theTitleAndHeaderRowsAreFrozen() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            PaneInformation pane = workbook.getSheetAt(0).getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        }
    }

    @Test
    void longTextColumnsAreWideAndWrapped() throws IOException {
        try (XSSFWorkbook workbook = threeRows()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(1));
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(2).getCell(8).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void anEmptyLedgerHasItsTitleAndHeadersOnly() throws IOException {
        try (XSSFWorkbook workbook = read(LedgerExport.xlsx(TITLE, HEADERS, List.of(), "是", "否"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:P2");
        }
    }

    @Test
    void tenThousandHazardsAreStreamedAndLeaveNoTemporaryFiles(@TempDir Path temp) throws IOException {
        List<LedgerRow> rows = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            rows.add(new LedgerRow("GM10-2023 第十一条(三)", LocalDate.of(2026, 1, 1).plusDays(i % 365), "企业自查",
                    "第" + i + "号隐患：甲类仓库内可燃气体检测报警装置未与应急排风联锁", "三号甲类仓库", "报警装置独立运行",
                    "可燃气体积聚引发火灾爆炸", "张伟 安全环保部", "增设联锁控制并校验", "3.5万元 安全生产费用",
                    LocalDate.of(2026, 12, 31), "加强巡检", "整改中", i % 2 == 0, i % 3 == 0, null));
        }
        byte[] xlsx;
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            xlsx = LedgerExport.xlsx(TITLE, HEADERS, rows, "是", "否");
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        try (XSSFWorkbook workbook = read(xlsx)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2 + 10_000);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 10_000);
            assertThat(text(sheet.getRow(2 + 9_999), 3)).startsWith("第9999号隐患");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:P10002");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17})
    void anythingButSixteenHeadersIsRejected(int count) {
        List<String> headers = IntStream.range(0, count).mapToObj(i -> "列" + i).toList();
        assertThatThrownBy(() -> LedgerExport.xlsx(TITLE, headers, List.of(OPEN), "是", "否"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
    }
}
