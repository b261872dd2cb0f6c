package org.selfcheck.onboarding.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfcheck.onboarding.ApplicationForm;
import org.selfcheck.shared.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static byte[] edited(Locale locale, Consumer<Sheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ImportWorkbook.template(locale)))) {
            edit.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, int row, String... cells) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                r.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    private static List<String> codes(InvalidInputException e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }

    @Test
    void theTemplateIsHeadedInTheReadersLanguageAndReadBackInEither() throws IOException {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] file = edited(locale, s -> {
                fill(s, 1, "91330106MA2KD7XB31", "甲公司", "浙江省杭州市西湖区");
                fill(s, 3, null, "乙公司");
            });
            List<ImportWorkbook.ParsedRow> rows = ImportWorkbook.read(file);
            assertThat(rows).extracting(ImportWorkbook.ParsedRow::rowNo).as("blank rows left out, numbered as Excel does")
                    .containsExactly(2, 4);
            assertThat(rows.get(0).cells()).containsEntry(ImportColumn.CREDIT_CODE, "91330106MA2KD7XB31")
                    .containsEntry(ImportColumn.REGION, "浙江省杭州市西湖区").doesNotContainKey(ImportColumn.ADDRESS);
        }
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(ImportWorkbook.template(Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(template.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码 *");
            assertThat(template.getSheetAt(0).getDataValidations()).hasSize(2);
            assertThat(template.getSheetName(1)).isEqualTo("填写说明");
        }
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedAsAWhole() throws IOException {
        assertThatThrownBy(() -> ImportWorkbook.read("name,code\n".getBytes())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(codes(e)).containsExactly("file:import.file.notXlsx"));
        assertThatThrownBy(() -> ImportWorkbook.read(new byte[]{'P', 'K', 3, 4, 0, 0})).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("file:import.file.notXlsx"));
        assertThatThrownBy(() -> ImportWorkbook.read(ImportWorkbook.template(Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("file:import.file.empty"));
        byte[] moved = edited(Locale.SIMPLIFIED_CHINESE, s -> {
            s.getRow(0).getCell(3).setCellValue("行业名称 *");
            fill(s, 1, "x");
        });
        assertThatThrownBy(() -> ImportWorkbook.read(moved)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).arguments()).containsExactly(4, "行业代码 *"));
        byte[] tooMany = edited(Locale.SIMPLIFIED_CHINESE, s -> {
            for (int r = 1; r <= ImportWorkbook.MAX_ROWS + 1; r++) {
                s.createRow(r).createCell(1).setCellValue("公司" + r);
            }
        });
        assertThatThrownBy(() -> ImportWorkbook.read(tooMany)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(codes(e)).containsExactly("file:import.file.tooManyRows"));
    }

    @Test
    void aRowIsReadAsAnApplicationWithTheSiteByNameAndYesNoAndGradeInEitherLanguage() {
        Map<ImportColumn, String> cells = new java.util.EnumMap<>(Map.of(
                ImportColumn.CREDIT_CODE, "91330106MA2KD7XB31", ImportColumn.NAME, "甲化工有限公司",
                ImportColumn.REGION, "浙江省杭州市西湖区", ImportColumn.INDUSTRY_CODE, "C2614", ImportColumn.INDUSTRY_NAME, "有机化学原料制造",
                ImportColumn.HIGH_RISK, "yes", ImportColumn.GRADE, "Grade 2", ImportColumn.CERTIFICATE_NO, "AQB 1",
                ImportColumn.CERTIFICATE_VALID_UNTIL, "2028-01-31", ImportColumn.MANAGER_NAME, "钱安全"));
        cells.put(ImportColumn.MANAGER_MOBILE, "13912345678");
        cells.put(ImportColumn.MANAGER_EMAIL, "Qian@Example.COM");
        ApplicationForm form = ImportRows.form(cells, name -> name.equals("浙江省杭州市西湖区") ? Optional.of("330106") : Optional.empty(),
                "330106"::equals, TODAY);
        assertThat(form.profile().regionCode().value()).isEqualTo("330106");
        assertThat(form.profile().highRisk()).isTrue();
        assertThat(form.profile().grade().name()).isEqualTo("GRADE_2");
        assertThat(form.managerEmail()).isEqualTo("qian@example.com");

        cells.put(ImportColumn.REGION, "杭州市西湖");
        cells.put(ImportColumn.HIGH_RISK, "也许");
        cells.put(ImportColumn.NAME, "甲\u0000公司");
        cells.remove(ImportColumn.CERTIFICATE_NO);
        assertThatThrownBy(() -> ImportRows.form(cells, name -> Optional.empty(), c -> true, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .as("a control character is refused before anything else").containsExactly("name:text.controlCharacter"));
        cells.put(ImportColumn.NAME, "甲化工有限公司");
        assertThatThrownBy(() -> ImportRows.form(cells, name -> Optional.empty(), c -> true, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).as("each cell once")
                        .containsExactlyInAnyOrder("regionCode:import.region.unknown", "highRisk:import.yesNo",
                                "certificateNo:application.certificate.required"));
        assertThat(ImportRows.yesNo("否")).isFalse();
        assertThat(ImportRows.yesNo("NO")).isFalse();
        assertThat(ImportRows.grade("未定级")).isEqualTo("NOT_GRADED");
    }

    @Test
    void theResultSheetHasEveryRowWithItsOutcomeAndReason() throws IOException {
        byte[] sheet = ImportWorkbook.results(Locale.SIMPLIFIED_CHINESE, "企业导入结果", List.of(
                new ImportWorkbook.ResultRow(2, Map.of(ImportColumn.NAME, "甲公司"), "新登记", null, "已邀请", null),
                new ImportWorkbook.ResultRow(3, Map.of(), "未导入", "企业名称：请填写企业名称。", "无需邀请", null)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(s.getRow(1).getCell(15).getStringCellValue()).isEqualTo("原因");
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("甲公司");
            assertThat(s.getRow(3).getCell(15).getStringCellValue()).contains("请填写企业名称");
        }
    }
}
