package org.selfcheck.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** The wording of generated hazards and their plans (五落实): short, plausible, drawn. */
final class Hazards {

    private static final String[] PLACES = {"一号车间", "二号车间", "原料仓库", "成品仓库", "罐区", "配电房", "锅炉房",
            "除尘系统", "冷库机房", "污水处理池", "装卸区", "喷涂车间", "热处理工段", "危化品暂存间"};
    private static final String[] BODIES = {"安全管理部", "设备动力部", "生产部", "工程部", "质量安全部"};
    private static final String[] HARMS = {"可能引发火灾爆炸，需停产整改", "可能导致中毒窒息，整改难度中等",
            "可能造成人员伤亡，整改难度较大", "可能引发泄漏事故，整改难度较小"};
    private static final String[] MEASURES = {"完善设施并修订制度", "更换设备，加装联锁报警", "停产检修，组织专项培训",
            "增设防护设施，落实监测"};
    private static final String[] SOURCES = {"企业自筹", "安全生产费用", "企业自筹（安全生产费用列支）"};

    private Hazards() {
    }

    /** What was found: where, and the item's own words (or its article where the wording is still missing). */
    static String description(SplittableRandom r, Catalogue.Item item) {
        String text = item.finding();
        String found = text.length() > 30 ? text.substring(0, 30) + "…" : text;
        return PLACES[r.nextInt(PLACES.length)] + "：" + found;
    }

    /**
     * The report's three elements and the plan as described; {@code withoutFunds}: saved as a draft without its funds,
     * so the plan is not complete (五落实 not all there).
     */
    static CompanyData.Plan plan(SplittableRandom r, Catalogue.Item item, String responsible, LocalDate deadline,
                                 boolean withoutFunds) {
        String place = PLACES[r.nextInt(PLACES.length)];
        BigDecimal funds = withoutFunds ? null : BigDecimal.valueOf(5_000L + r.nextInt(400) * 1_000L, 0).setScale(2);
        return new CompanyData.Plan(place, "现场措施未落实", HARMS[r.nextInt(HARMS.length)], responsible,
                BODIES[r.nextInt(BODIES.length)], MEASURES[r.nextInt(MEASURES.length)], funds,
                withoutFunds ? null : SOURCES[r.nextInt(SOURCES.length)], deadline, "设警戒区，专人监护，备应急处置方案");
    }
}
