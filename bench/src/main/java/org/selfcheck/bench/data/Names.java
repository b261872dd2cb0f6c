package org.selfcheck.bench.data;

import java.util.SplittableRandom;

/** Chinese names of people and companies, phone numbers: drawn, so that the same seed gives the same names. */
final class Names {

    /** The commonest surnames, the first ones more often (drawn with a skew towards the start). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌辉鹏晨浩宇欣怡子涵俊杰梓萱雨轩佳琪思远嘉豪海燕立新永利春梅晓东卫东国庆建华淑珍丽华振华";
    private static final String TRADE = "恒达 鑫源 华宇 永盛 东方 天成 宏达 金海 瑞丰 兴业 新力 中远 嘉禾 博远 众诚 汇通 顺达 伟业 精工 创新 "
            + "海天 明辉 富强 三友 双星 万通 利民 长城 国泰 鼎盛 德润 正泰 安泰 华联 江南 钱江 之江 越美 浙东 甬新 "
            + "瓯江 雁荡 天台 四明 太湖 南湖 西子 钱塘 富春 新安 宏业 昌盛 荣达 振兴 金鹰 银河 星光 亚太 百川 千禧";
    private static final String[] TRADES = TRADE.split(" ");

    private Names() {
    }

    static String person(SplittableRandom r) {
        int s = (int) (Math.pow(r.nextDouble(), 2.2) * SURNAMES.length());
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(s));
        if (r.nextInt(10) < 3) {
            name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        } else {
            name.append(GIVEN.charAt(r.nextInt(GIVEN.length()))).append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** 杭州恒达机械有限公司: the city (or county-level city) the company is registered in, a trade name and the industry word. */
    static String company(SplittableRandom r, Province.County county, Industry industry) {
        String place = county.name().endsWith("市") ? county.name() : county.city().name();
        String trade = TRADES[r.nextInt(TRADES.length)];
        String second = r.nextInt(4) == 0 ? TRADES[r.nextInt(TRADES.length)].substring(0, 1) : "";
        String form = r.nextInt(10) < 8 ? "有限公司" : "股份有限公司";
        return place.substring(0, place.length() - 1) + trade + second + industry.word() + form;
    }

    /** An outside firm of registered safety engineers (浙江恒达安全技术咨询有限公司). */
    static String consultancy(SplittableRandom r) {
        return "浙江" + TRADES[r.nextInt(TRADES.length)] + "安全技术咨询有限公司";
    }

    /** A mobile number of a Chinese operator (1[3-9] and nine digits). */
    static String mobile(SplittableRandom r) {
        return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
    }

    /** An address in the county's industrial area. */
    static String address(SplittableRandom r, Province.County county) {
        String[] roads = {"工业大道", "经济开发区纬三路", "高新园区创业路", "滨海大道", "环城北路", "科技园兴业路", "东港路"};
        return Province.NAME + county.city().name() + county.name() + roads[r.nextInt(roads.length)] + (1 + r.nextInt(899)) + "号";
    }
}
