package org.selfcheck.region;

/**
 * A division of GB/T 2260.
 *
 * @param code       2 digits a province, 4 a prefecture, 6 a county: the prefix a jurisdiction is written in
 * @param name       its own name, as the data package writes it (西湖区)
 * @param fullName   with the divisions it lies in (浙江省杭州市西湖区), without the package's placeholders for
 *                   prefectures that are none (市辖区, 县, 省直辖县级行政区划)
 * @param parentCode the division it lies in; none for a province
 * @param current    whether the newest dataset lists it; an abolished division is still named, never offered
 */
public record Region(String code, String name, String fullName, String parentCode, boolean current) {

    /** 1 province, 2 prefecture, 3 county. */
    public int level() {
        return code.length() / 2;
    }

    public boolean isCounty() {
        return code.length() == 6;
    }
}
