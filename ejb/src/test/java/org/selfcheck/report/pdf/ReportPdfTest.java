package org.selfcheck.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfcheck.report.pdf.ReportPdfModel.Label;

/**
 * Renders report PDFs with the configured CJK font and reads them back with PDFBox and ZXing. The font is a
 * requirement, not an option: without it the tests fail, naming the Debian package that provides it.
 */
class ReportPdfTest {

    private static final String COMPANY = "杭州示例精细化工有限公司";
    private static final String QUARTER = "2026年第四季度";
    private static final String LATE_ENTRY = "逾期补录\n（2027-01-05 完成）";
    private static final String QUARTER_CHECK = "本季度已在季度结束前完成重大事故隐患排查。";
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String URL = "https://selfcheck.example.cn/verify/91330106MA27Y1A30W/2026Q4?d=9f86d081884c7d65";
    private static final String LONG_HAZARD = "液氨储罐区未设置独立的气体检测报警装置，且现有可燃及有毒气体检测报警信号未接入有人值守的"
            + "控制室，报警值设置与国家标准不一致，现场检测探头安装高度不符合液氨比空气轻的特性要求，"
            + "多处探头超过一年未经检定，部分探头被遮挡，夜间巡检记录缺失，应急处置卡未张贴于现场。";

    private static String font;

    @BeforeAll
    static void fontIsInstalled() {
        // the font the portal's settings would name: SELFCHECK_PDF_FONT, else the default
        String configured = System.getenv(ReportPdf.FONT_ENV);
        font = configured == null || configured.isBlank() ? ReportPdf.DEFAULT_FONT : configured.strip();
        // fails (does not skip) with the message that names the package: wildfly-config/bin/test installs it
        ReportPdf.requireFont(font);
    }

    @Test
    void rendersTheChineseTextWithAnEmbeddedFont() throws IOException {
        byte[] pdf = ReportPdf.render(model(3), font);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-pdf-test.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(COMPANY, QUARTER, "重大事故隐患排查治理情况季度报告", "张建国");
            // table cells wrap: compare hazard texts and the digest without the line breaks
            String compact = text.replaceAll("\\s+", "");
            assertThat(compact).contains(DIGEST, "甲类仓库未设置防雷防静电接地设施", "ZD-2026-003");
            // a check completed after the quarter is marked under its date (the mark may wrap beside the other
            // cells of its row); the quarter's standing closes the table
            assertThat(compact).contains("2026-12-28", "逾期补录", QUARTER_CHECK);
            assertThat(containsAcrossOneBreak(compact, LONG_HAZARD))
                    .as("the long hazard, whole or split once by a page break").isTrue();
            assertThat(text).contains("第 1 页");
            // 五落实 as the form's labelled rows, and the form's own signature row
            assertThat(compact).contains("责任人李安全（设备部）", "措施增设检测报警装置", "资金（元）125000（企业自筹）", "时限2027-01-15",
                    "应急预案已制定专项应急预案", "单位（盖章）", "主要负责人（签字）", "日期");

            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue());
            if (font.equals(ReportPdf.DEFAULT_FONT)) {
                assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.endsWith("+WenQuanYiMicroHei"),
                        "a subset of WenQuanYi Micro Hei");
            }
        }
    }

    @Test
    void theQrCodeOnThePageLinksToTheVerificationUrl() throws Exception {
        byte[] pdf = ReportPdf.render(model(3), font);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int last = document.getNumberOfPages() - 1;
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(last, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            LuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertThat(result.getText()).isEqualTo(URL);
        }
    }

    @Test
    void theQrCodeIsAboutThirtyMillimetres() {
        var image = ReportPdf.qrCode(URL, ReportPdf.QR_SIZE);
        assertThat(image.getScaledWidth() / 72f * 25.4f).isCloseTo(30f, offset(0.5f));
        assertThat(image.getScaledHeight()).isEqualTo(image.getScaledWidth());
    }

    @Test
    void sixtyHazardsSpanPagesThatRepeatTheTableHeader() throws IOException {
        byte[] pdf = ReportPdf.render(model(60), font);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-pdf-test-60.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 2; p < pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", p).contains("五落实", "第 " + p + " 页", COMPANY);
            }
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(all).contains("ZD-2026-001", "ZD-2026-060", DIGEST);
        }
    }

    @Test
    void aHazardTallerThanAPageIsSplitAndLosesNoText() throws IOException {
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            longText.append("第").append(i).append("段：").append(LONG_HAZARD);
        }
        ReportPdfModel m = model(1);
        ReportPdfModel.Hazard h = m.hazards().get(0);
        List<ReportPdfModel.Hazard> hazards = List.of(new ReportPdfModel.Hazard(h.reference(), longText.toString(),
                h.presentState(), h.harm(), h.remediation(), h.fiveImplementations(), h.state()));
        ReportPdfModel tall = new ReportPdfModel(m.title(), m.quarterLabel(), m.period(), m.company(), m.group(),
                m.checks(), m.quarterCheck(), m.statistics(), hazards, m.principalAttendance(), m.signature(), m.labels());
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(tall, font))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (int i = 1; i <= 60; i++) {
                assertThat(all).contains("第" + i + "段：");
            }
            assertThat(all).contains(DIGEST);
        }
    }

    @Test
    void emptyTablesShowTheNoneLabel() throws IOException {
        ReportPdfModel full = model(0);
        ReportPdfModel empty = new ReportPdfModel(full.title(), full.quarterLabel(), full.period(), full.company(),
                List.of(), List.of(), null, new ReportPdfModel.Statistics(0, 0, 0, 0), List.of(), full.principalAttendance(),
                full.signature(), full.labels());
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(empty, font))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.split("暂无记录", -1)).hasSize(4);
        }
    }

    @Test
    void documentsRenderedAtOnceShareTheFontSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> ReportPdf.render(model(5), font)));
            }
            for (Future<byte[]> result : results) {
                try (PDDocument document = Loader.loadPDF(result.get(60, TimeUnit.SECONDS))) {
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                    assertThat(text).contains(COMPANY, "ZD-2026-005", DIGEST);
                    assertThat(fonts(document)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingFontNamesThePackage() {
        assertThatThrownBy(() -> ReportPdf.render(model(1), "/nonexistent/fonts/none.ttc,0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ReportPdf.FONT_PACKAGE)
                .hasMessageContaining(ReportPdf.FONT_ENV);
    }

    @Test
    void everyLabelIsRequired() {
        ReportPdfModel m = model(1);
        Map<Label, String> labels = new EnumMap<>(m.labels());
        labels.remove(Label.DIGEST);
        assertThatThrownBy(() -> new ReportPdfModel(m.title(), m.quarterLabel(), m.period(), m.company(), m.group(),
                m.checks(), m.quarterCheck(), m.statistics(), m.hazards(), m.principalAttendance(), m.signature(), labels))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DIGEST");
    }

    /**
     * Whether {@code text} holds {@code needle} whole, or in two pieces in order: a table row that a page break
     * splits shows the rest of its cells between the pieces.
     */
    private static boolean containsAcrossOneBreak(String text, String needle) {
        if (text.contains(needle)) {
            return true;
        }
        for (int i = 1; i < needle.length(); i++) {
            int head = text.indexOf(needle.substring(0, i));
            if (head >= 0 && text.indexOf(needle.substring(i), head + i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    static ReportPdfModel model(int hazardCount) {
        List<ReportPdfModel.Hazard> hazards = new ArrayList<>();
        String[] descriptions = {"甲类仓库未设置防雷防静电接地设施", LONG_HAZARD, "反应釜未设置温度、压力自动联锁切断装置"};
        for (int i = 1; i <= hazardCount; i++) {
            hazards.add(new ReportPdfModel.Hazard(String.format("ZD-2026-%03d", i), descriptions[(i - 1) % 3],
                    "现场检查发现设施缺失，原因是改造项目未同步验收。",
                    "可能导致火灾爆炸，整改难度中等，需停产局部改造。",
                    "增设检测报警装置并接入控制室，修订操作规程。",
                    new ReportPdfModel.FiveImplementations("李安全（设备部）", "增设检测报警装置", "125000（企业自筹）", "2027-01-15",
                            "已制定专项应急预案"),
                    i % 2 == 0 ? "整改中" : "已销号"));
        }
        Map<Label, String> labels = new EnumMap<>(Label.class);
        labels.put(Label.COMPANY_SECTION, "一、单位基本情况");
        labels.put(Label.COMPANY_NAME, "单位名称");
        labels.put(Label.CREDIT_CODE, "统一社会信用代码");
        labels.put(Label.REGION, "所在地区");
        labels.put(Label.QUARTER, "报告季度");
        labels.put(Label.PERIOD, "报告期间");
        labels.put(Label.PRINCIPAL, "主要负责人");
        labels.put(Label.DESIGNATED_LEADER, "分管负责人");
        labels.put(Label.GROUP_SECTION, "二、排查小组");
        labels.put(Label.MEMBER_NAME, "姓名");
        labels.put(Label.MEMBER_CATEGORY, "类别");
        labels.put(Label.MEMBER_REMARK, "备注");
        labels.put(Label.CHECKS_SECTION, "三、排查开展情况");
        labels.put(Label.CHECK_DATE, "排查日期");
        labels.put(Label.CHECK_MEMBERS, "参加人员");
        labels.put(Label.CHECK_PRINCIPAL, "主要负责人参加");
        labels.put(Label.STATISTICS_SECTION, "四、隐患统计");
        labels.put(Label.FOUND, "发现");
        labels.put(Label.REMEDIATED, "已整改");
        labels.put(Label.UNDER_REMEDIATION, "整改中");
        labels.put(Label.OVERDUE, "逾期未整改");
        labels.put(Label.HAZARDS_SECTION, "五、重大事故隐患治理情况");
        labels.put(Label.HAZARD_REFERENCE, "编号");
        labels.put(Label.HAZARD_DESCRIPTION, "隐患描述");
        labels.put(Label.HAZARD_ELEMENTS, "隐患三要素");
        labels.put(Label.PRESENT_STATE, "现状及其产生原因");
        labels.put(Label.HARM, "危害程度和整改难易程度");
        labels.put(Label.REMEDIATION, "治理方案");
        labels.put(Label.FIVE_IMPLEMENTATIONS, "五落实");
        labels.put(Label.FIVE_RESPONSIBILITY, "责任人");
        labels.put(Label.FIVE_MEASURES, "措施");
        labels.put(Label.FIVE_FUNDS, "资金（元）");
        labels.put(Label.FIVE_DEADLINE, "时限");
        labels.put(Label.FIVE_CONTINGENCY, "应急预案");
        labels.put(Label.UNIT_SEAL, "单位（盖章）");
        labels.put(Label.PRINCIPAL_SIGNATURE, "主要负责人（签字）");
        labels.put(Label.SIGNATURE_DATE, "日期");
        labels.put(Label.HAZARD_STATE, "状态");
        labels.put(Label.ATTENDANCE_SECTION, "六、主要负责人参加排查情况");
        labels.put(Label.SIGNATURE_SECTION, "七、签署");
        labels.put(Label.SIGNER, "签署人");
        labels.put(Label.SIGNED_AT, "签署时间");
        labels.put(Label.VERSION, "版本");
        labels.put(Label.DIGEST, "摘要（SHA-256）");
        labels.put(Label.VERIFY, "扫码核验");
        labels.put(Label.NONE, "暂无记录");
        labels.put(Label.PAGE, "第 {0} 页");
        return new ReportPdfModel("重大事故隐患排查治理情况季度报告", QUARTER, "2026-10-01 至 2026-12-31",
                new ReportPdfModel.Company(COMPANY, "91330106MA27Y1A30W", "浙江省杭州市西湖区", "张建国", "王立新"),
                List.of(new ReportPdfModel.GroupMember("张建国", "主要负责人", "组长"),
                        new ReportPdfModel.GroupMember("王立新", "分管负责人", "副组长"),
                        new ReportPdfModel.GroupMember("赵敏", "注册安全工程师", "外聘，浙江安科技术服务有限公司")),
                List.of(new ReportPdfModel.Check(LocalDate.of(2026, 10, 15), "张建国、王立新、赵敏", "是", null),
                        new ReportPdfModel.Check(LocalDate.of(2026, 11, 20), "王立新、赵敏", "否", null),
                        new ReportPdfModel.Check(LocalDate.of(2026, 12, 28), "王立新", "否", LATE_ENTRY)),
                QUARTER_CHECK,
                new ReportPdfModel.Statistics(hazardCount, hazardCount / 2, hazardCount - hazardCount / 2, 0),
                hazards, "本年度主要负责人已参加 2 次排查，符合每季度至少参加一次的要求。",
                new ReportPdfModel.Signature("张建国", "2027-01-10 09:30:15", DIGEST, "第 1 版", URL), labels);
    }
}
