package org.selfcheck.web.navigation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which pages have permanent links, and the collection path of each: {@code /hazards/{id}} shows the hazard page, {@code /inspections/{id}} a recorded bureau inspection,
 * {@code /scan/{creditCode}} a company's 扫码入企 page (the address its printed QR code holds).
 */
final class Permalinks {

    /** A page and the form of the key that names its record in the link. */
    record Page(String viewId, Pattern key) {

        boolean accepts(String key) {
            return key != null && this.key.matcher(key).matches();
        }
    }

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    /** collection path → the page that shows one record of it */
    static final Map<String, Page> PAGES = Map.of(
            "/hazards", new Page("/hazard/hazard.xhtml", ID),
            "/checks", new Page("/inspection/check.xhtml", ID),
            "/reports", new Page("/report/report.xhtml", ID),
            "/inspections", new Page("/bureau/inspection.xhtml", ID),
            "/scan", new Page("/bureau/scan.xhtml", CREDIT_CODE));

    private Permalinks() {
    }

    /** The collection whose records {@code viewId} shows, if it has permanent links. */
    static Optional<String> collectionOf(String viewId) {
        return PAGES.entrySet().stream().filter(e -> e.getValue().viewId().equals(viewId)).map(Map.Entry::getKey).findFirst();
    }
}
