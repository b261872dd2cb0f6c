package org.selfcheck.filing;

import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.hazard.Extension;
import org.selfcheck.hazard.HazardExtension;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.report.ReportRecord;
import org.selfcheck.report.ReportSummary;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Filings as the portal makes them, for the tests of the document and of the bureau's intake. */
public final class FilingSamples {

    public static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    public static final CompanyDetails COMPANY = new CompanyDetails("91330106MA27Y1A30W", "杭州西湖精细化工有限公司", "330106",
            "C2614", "有机化学原料制造", true, StandardisationGrade.GRADE_2, "振华路 88 号", List.of(), NOW, "t", NOW, "t", 0);
    public static final RemediationPlan PLAN = new RemediationPlan("王强", "设备部", "更换防爆电气", new BigDecimal("12000.50"),
            "安全生产费用", LocalDate.of(2026, 12, 20), "停用该区域并设警戒");
    public static final HazardRecord HAZARD = new HazardRecord(7L, HazardSource.SELF_CHECK, 3L, 11L, "粉尘爆炸危险场所使用非防爆电气",
            LocalDate.of(2026, 11, 20), null, "二车间", "非防爆照明", "可能引发粉尘爆炸", PLAN, HazardState.IN_PROGRESS, null, null,
            NOW, "manager1", NOW, "manager1", 2);
    public static final ReportSummary REPORT = new ReportSummary(5L, "2026Q3", 1, null, null, ReportRecord.Status.SIGNED,
            NOW, "manager1", NOW, "manager1", NOW, "principal1", "张三", NOW, "a".repeat(64), "kid-1");

    public static final KeyPair PORTAL = ec();
    public static final KeyPair OTHER = ec();

    private FilingSamples() {
    }

    public static HazardExtension.Details extension() {
        return new HazardExtension.Details(9L, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 31), "设备到货延迟",
                Extension.Decision.APPROVED, NOW, "manager1", NOW, "principal1", "同意");
    }

    public static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
