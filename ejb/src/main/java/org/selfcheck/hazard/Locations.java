package org.selfcheck.hazard;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two locations a person typed name the same place: the one rule by which a bureau finding and a company's
 * hazard of the same 判定标准 item are the same hazard (R6, R7).
 */
public final class Locations {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Locations() {
    }

    /**
     * Equal after normalising (NFKC, so full-width becomes half-width; whitespace stripped and collapsed; lower case),
     * or one contains the other, as "二车间" and "二车间抛光工位". A blank location matches nothing, not even another
     * blank one.
     */
    public static boolean same(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.contains(y) || y.contains(x);
    }

    private static String normalise(String location) {
        if (location == null) {
            return "";
        }
        String text = Normalizer.normalize(location, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
