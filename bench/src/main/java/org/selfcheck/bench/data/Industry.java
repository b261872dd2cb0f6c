package org.selfcheck.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The industries of the generated companies (GB/T 4754-2017 classes): the 工贸 divisions of GM10-2023 and the 化工 ones
 * of HG121-2017, in proportions like a coastal manufacturing province's (machinery, textiles and light industry most,
 * chemicals and metallurgy fewer). High-risk (高危行业, section 三) are chemicals and metal smelting.
 *
 * @param word       what a company of the industry calls itself (杭州恒达<b>化工</b>有限公司)
 * @param dust       the chance that such a company declares dust explosion hazards (粉尘涉爆)
 * @param ammonia    … ammonia refrigeration (液氨制冷)
 * @param confined   … work in confined spaces (有限空间作业)
 */
record Industry(String code, String name, String word, boolean highRisk, int weight, double dust, double ammonia,
                double confined) {

    static final List<Industry> ALL = List.of(
            new Industry("C2614", "有机化学原料制造", "化工", true, 5, 0, 0.05, 0.6),
            new Industry("C2651", "初级形态塑料及合成树脂制造", "新材料", true, 3, 0.1, 0, 0.5),
            new Industry("C2710", "化学药品原料药制造", "药业", true, 2, 0.1, 0.1, 0.5),
            new Industry("C2511", "原油加工及石油制品制造", "石化", true, 1, 0, 0, 0.8),
            new Industry("C3130", "钢压延加工", "钢业", true, 3, 0.05, 0, 0.4),
            new Industry("C3216", "铝冶炼", "铝业", true, 2, 0.3, 0, 0.4),
            new Industry("C3021", "水泥制品制造", "建材", false, 4, 0.2, 0, 0.5),
            new Industry("C3311", "金属结构制造", "钢构", false, 8, 0.25, 0, 0.3),
            new Industry("C3484", "机械零部件加工", "机械", false, 10, 0.3, 0, 0.2),
            new Industry("C3670", "汽车零部件及配件制造", "汽配", false, 8, 0.3, 0, 0.2),
            new Industry("C3851", "家用制冷电器具制造", "电器", false, 5, 0.1, 0.05, 0.2),
            new Industry("C3981", "电阻电容电感元件制造", "电子", false, 5, 0.05, 0, 0.1),
            new Industry("C4320", "通用设备修理", "设备", false, 2, 0.1, 0, 0.3),
            new Industry("C1713", "棉印染精加工", "印染", false, 6, 0.2, 0, 0.7),
            new Industry("C1810", "机织服装制造", "服饰", false, 7, 0.15, 0, 0.05),
            new Industry("C2231", "纸和纸板容器制造", "纸业", false, 4, 0.3, 0, 0.3),
            new Industry("C1391", "淀粉及淀粉制品制造", "食品", false, 3, 0.5, 0.3, 0.4),
            new Industry("C1371", "蔬菜加工", "食品", false, 2, 0, 0.6, 0.3),
            new Industry("C2110", "木质家具制造", "家具", false, 6, 0.8, 0, 0.1),
            new Industry("C2921", "塑料薄膜制造", "塑业", false, 5, 0.1, 0, 0.1),
            new Industry("C1610", "卷烟制造", "烟草", false, 1, 0.4, 0, 0.2),
            new Industry("F5174", "五金产品批发", "贸易", false, 3, 0, 0, 0.05));

    private static final int TOTAL = ALL.stream().mapToInt(Industry::weight).sum();

    static Industry draw(SplittableRandom random) {
        int r = random.nextInt(TOTAL);
        for (Industry i : ALL) {
            r -= i.weight();
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("weights");
    }
}
