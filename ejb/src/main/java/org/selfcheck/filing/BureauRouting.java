package org.selfcheck.filing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which bureau has jurisdiction over a production site: among the active bureaus whose prefix the site's region
 * code starts with, the most specific (longest) one, so a county bureau takes its county's filings before the
 * city's and the province's. No match is answered as such, never guessed.
 */
public final class BureauRouting {

    private BureauRouting() {
    }

    public static Optional<BureauEntry> route(String regionCode, Collection<BureauEntry> directory) {
        if (jurisdictionsOver(regionCode).isEmpty()) {
            return Optional.empty();
        }
        return directory.stream()
                .filter(BureauEntry::active)
                .filter(b -> regionCode.startsWith(b.jurisdiction()))
                .max(Comparator.comparingInt((BureauEntry b) -> b.jurisdiction().length()));
    }

    /**
     * The jurisdictions that can hold a site of this region code, the province's, the city's and its own (a bureau's
     * jurisdiction is 2, 4 or 6 digits, V7): what a lookup of the candidates of {@link #route} needs. None for a code
     * that is not six digits.
     */
    public static List<String> jurisdictionsOver(String regionCode) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            return List.of();
        }
        return List.of(regionCode.substring(0, 2), regionCode.substring(0, 4), regionCode);
    }

    /** The bureau that takes filings of this kind for the site, if it wants them. */
    public static Optional<BureauEntry> route(String regionCode, FilingKind kind, Collection<BureauEntry> directory) {
        return route(regionCode, directory).filter(b -> b.wants().contains(kind));
    }
}
