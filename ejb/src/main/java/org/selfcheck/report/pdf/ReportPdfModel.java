package org.selfcheck.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the PDF of a signed quarterly report shows, as plain values: the renderer ({@link ReportPdf}) adds
 * no text of its own, so every heading, column header and label comes from the caller in {@link #labels()}
 * (from the message bundle), and every value is already formatted for display except the check dates and the
 * statistics. A {@code null} text is shown empty.
 *
 * @param title        the document title, e.g. 重大事故隐患排查治理情况季度报告
 * @param quarterLabel the quarter as shown, e.g. 2026年第四季度
 * @param period       the reporting period as shown, e.g. 2026-10-01 至 2026-12-31
 * @param company      the company block
 * @param group        the members of the check group (排查小组)
 * @param checks       the checks of the quarter
 * @param quarterCheck how the quarter stands against R3, as a sentence (e.g. that its check was not completed in time)
 * @param statistics   the hazard statistics of the quarter
 * @param hazards      the major hazards the report lists
 * @param principalAttendance the principal's attendance at the checks, as a sentence
 * @param signature    who signed, when, the digest of the signed content and where to verify it
 * @param labels       every label the document shows; all of {@link Label} are required
 */
public record ReportPdfModel(String title, String quarterLabel, String period, Company company,
                             List<GroupMember> group, List<Check> checks, String quarterCheck, Statistics statistics,
                             List<Hazard> hazards, String principalAttendance, Signature signature,
                             Map<Label, String> labels) {

    public ReportPdfModel {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(labels, "labels");
        group = List.copyOf(group);
        checks = List.copyOf(checks);
        hazards = List.copyOf(hazards);
        List<Label> missing = new ArrayList<>();
        for (Label label : Label.values()) {
            if (labels.get(label) == null) {
                missing.add(label);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("labels missing for the report PDF: " + missing);
        }
        labels = Map.copyOf(new EnumMap<>(labels));
    }

    /** The label for {@code key}. */
    public String label(Label key) {
        return labels.get(key);
    }

    /** The company block (单位基本情况). */
    public record Company(String name, String creditCode, String region, String principal, String designatedLeader) {
    }

    /** A member of the check group: name, the category as shown (e.g. 安全管理人员), and a remark. */
    public record GroupMember(String name, String category, String remark) {
    }

    /**
     * One check of the quarter.
     *
     * @param membersPresent   the members present, as shown (names joined by the caller)
     * @param principalPresent whether the principal attended, as a label (e.g. 是 / 否)
     * @param lateEntry        the mark of a check completed after the quarter ended, as shown under its date (e.g.
     *                         逾期补录（2026-10-05 完成）); null for a check completed in time
     */
    public record Check(LocalDate date, String membersPresent, String principalPresent, String lateEntry) {
    }

    /** The statistics of the quarter's major hazards. */
    public record Statistics(int found, int remediated, int underRemediation, int overdue) {
    }

    /**
     * A major hazard with the three elements of its report and its remediation plan.
     *
     * @param presentState         现状及其产生原因
     * @param harm                 危害程度和整改难易程度
     * @param remediation          治理方案
     * @param fiveImplementations  the 五落实, each element shown as a labelled row
     * @param state                the remediation state as shown
     */
    public record Hazard(String reference, String description, String presentState, String harm, String remediation,
                         FiveImplementations fiveImplementations, String state) {
    }

    /** The 五落实 as the form's rows: 责任人, 措施, 资金（元）, 时限, 应急预案; each filled or marked 无 by the caller. */
    public record FiveImplementations(String responsibility, String measures, String funds, String deadline,
                                      String contingency) {
    }

    /**
     * The signature block.
     *
     * @param signedAt        the time of signing as shown
     * @param digest          the hex digest of the signed content
     * @param version         the version of the report as shown
     * @param verificationUrl the URL the QR code links to
     */
    public record Signature(String signer, String signedAt, String digest, String version, String verificationUrl) {
        public Signature {
            Objects.requireNonNull(verificationUrl, "verificationUrl");
        }
    }

    /** The labels of the document, all supplied by the caller. */
    public enum Label {
        COMPANY_SECTION,
        COMPANY_NAME,
        CREDIT_CODE,
        REGION,
        QUARTER,
        PERIOD,
        PRINCIPAL,
        DESIGNATED_LEADER,
        GROUP_SECTION,
        MEMBER_NAME,
        MEMBER_CATEGORY,
        MEMBER_REMARK,
        CHECKS_SECTION,
        CHECK_DATE,
        CHECK_MEMBERS,
        CHECK_PRINCIPAL,
        STATISTICS_SECTION,
        FOUND,
        REMEDIATED,
        UNDER_REMEDIATION,
        OVERDUE,
        HAZARDS_SECTION,
        HAZARD_REFERENCE,
        HAZARD_DESCRIPTION,
        /** The header of the column that holds the three elements. */
        HAZARD_ELEMENTS,
        PRESENT_STATE,
        HARM,
        REMEDIATION,
        FIVE_IMPLEMENTATIONS,
        FIVE_RESPONSIBILITY,
        FIVE_MEASURES,
        FIVE_FUNDS,
        FIVE_DEADLINE,
        FIVE_CONTINGENCY,
        HAZARD_STATE,
        ATTENDANCE_SECTION,
        SIGNATURE_SECTION,
        UNIT_SEAL,
        PRINCIPAL_SIGNATURE,
        SIGNATURE_DATE,
        SIGNER,
        SIGNED_AT,
        VERSION,
        DIGEST,
        /** The caption under the QR code, e.g. 扫码核验. */
        VERIFY,
        /** Shown in a table that has no rows, e.g. 无. */
        NONE,
        /** The page number as a {@link java.text.MessageFormat} pattern with the number as {0}, e.g. 第 {0} 页. */
        PAGE
    }
}
