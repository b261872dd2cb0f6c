package org.selfcheck.web.navigation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which record pages have permanent links, and the collection path of each: {@code /hazards/{id}} shows the hazard page. */
final class Permalinks {

    /** collection path → the page that shows one record of it */
    static final Map<String, String> PAGES = Map.of(
            "/hazards", "/hazard/hazard.xhtml",
            "/checks", "/inspection/check.xhtml",
            "/reports", "/report/report.xhtml");

    /** A record id as it appears in a permanent link. */
    static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private Permalinks() {
    }

    /** The collection whose records {@code viewId} shows, if it has permanent links. */
    static Optional<String> collectionOf(String viewId) {
        return PAGES.entrySet().stream().filter(e -> e.getValue().equals(viewId)).map(Map.Entry::getKey).findFirst();
    }
}
