package org.selfcheck.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Province 33 (浙江省) as GB/T 2260 divides it: its 11 prefecture-level cities and their 90 county-level regions (the
 * codes in use since the 2021 changes in Hangzhou and Wenzhou), each with a weight for how many companies of the
 * industries the judgment standards cover it has: the industrial districts and county-level cities (萧山, 慈溪, 柯桥,
 * 义乌, 温岭 …) many, the mountain and island counties few.
 */
final class Province {

    static final String CODE = "33";
    static final String NAME = "浙江省";

    /** A prefecture-level city. */
    record City(String code, String name) {
    }

    /** A county-level region and its share of the companies. */
    record County(String code, String name, City city, int weight) {
    }

    static final List<City> CITIES = List.of(new City("3301", "杭州市"), new City("3302", "宁波市"),
            new City("3303", "温州市"), new City("3304", "嘉兴市"), new City("3305", "湖州市"), new City("3306", "绍兴市"),
            new City("3307", "金华市"), new City("3308", "衢州市"), new City("3309", "舟山市"), new City("3310", "台州市"),
            new City("3311", "丽水市"));

    /** code, name, weight; the city is the code's first four digits. */
    private static final String COUNTIES = """
            330102 上城区 2
            330105 拱墅区 2
            330106 西湖区 3
            330108 滨江区 3
            330109 萧山区 10
            330110 余杭区 6
            330111 富阳区 5
            330112 临安区 4
            330113 临平区 6
            330114 钱塘区 6
            330122 桐庐县 3
            330127 淳安县 1
            330182 建德市 3
            330203 海曙区 3
            330205 江北区 3
            330206 北仑区 7
            330211 镇海区 5
            330212 鄞州区 8
            330213 奉化区 4
            330225 象山县 3
            330226 宁海县 4
            330281 余姚市 7
            330282 慈溪市 9
            330302 鹿城区 3
            330303 龙湾区 5
            330304 瓯海区 5
            330305 洞头区 1
            330324 永嘉县 4
            330326 平阳县 4
            330327 苍南县 3
            330328 文成县 1
            330329 泰顺县 1
            330381 瑞安市 7
            330382 乐清市 8
            330383 龙港市 3
            330402 南湖区 4
            330411 秀洲区 5
            330421 嘉善县 5
            330424 海盐县 4
            330481 海宁市 6
            330482 平湖市 5
            330483 桐乡市 6
            330502 吴兴区 4
            330503 南浔区 4
            330521 德清县 4
            330522 长兴县 5
            330523 安吉县 3
            330602 越城区 4
            330603 柯桥区 9
            330604 上虞区 7
            330624 新昌县 3
            330681 诸暨市 7
            330683 嵊州市 4
            330702 婺城区 3
            330703 金东区 3
            330723 武义县 3
            330726 浦江县 3
            330727 磐安县 1
            330781 兰溪市 3
            330782 义乌市 8
            330783 东阳市 4
            330784 永康市 7
            330802 柯城区 2
            330803 衢江区 3
            330822 常山县 2
            330824 开化县 1
            330825 龙游县 2
            330881 江山市 3
            330902 定海区 2
            330903 普陀区 2
            330921 岱山县 2
            330922 嵊泗县 1
            331002 椒江区 4
            331003 黄岩区 5
            331004 路桥区 5
            331022 三门县 2
            331023 天台县 3
            331024 仙居县 2
            331081 温岭市 8
            331082 临海市 6
            331083 玉环市 5
            331102 莲都区 2
            331121 青田县 2
            331122 缙云县 3
            331123 遂昌县 1
            331124 松阳县 1
            331125 云和县 1
            331126 庆元县 1
            331127 景宁畲族自治县 1
            331181 龙泉市 2
            """;

    static final List<County> COUNTY_LIST = COUNTIES.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
        String[] f = l.split(" ");
        String cityCode = f[0].substring(0, 4);
        City city = CITIES.stream().filter(c -> c.code().equals(cityCode)).findFirst().orElseThrow();
        return new County(f[0], f[1], city, Integer.parseInt(f[2]));
    }).toList();

    private static final int[] CUMULATIVE = new int[COUNTY_LIST.size()];

    static {
        int sum = 0;
        for (int i = 0; i < COUNTY_LIST.size(); i++) {
            sum += COUNTY_LIST.get(i).weight();
            CUMULATIVE[i] = sum;
        }
    }

    private Province() {
    }

    /** A county drawn by weight. */
    static County county(SplittableRandom random) {
        int r = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        int lo = 0, hi = CUMULATIVE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CUMULATIVE[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return COUNTY_LIST.get(lo);
    }

    static County county(String code) {
        return COUNTY_LIST.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no county " + code + " in province " + CODE));
    }

    /** The bureau directory's name for a jurisdiction, as the demo's directory writes them (杭州市西湖区应急管理局). */
    static String bureauName(String jurisdiction) {
        if (jurisdiction.equals(CODE)) {
            return NAME + "应急管理厅";
        }
        if (jurisdiction.length() == 4) {
            return CITIES.stream().filter(c -> c.code().equals(jurisdiction)).findFirst().orElseThrow().name() + "应急管理局";
        }
        County county = county(jurisdiction);
        // a county-level city is named on its own (慈溪市应急管理局), a district or county with its city
        return (county.name().endsWith("市") ? "" : county.city().name()) + county.name() + "应急管理局";
    }
}
