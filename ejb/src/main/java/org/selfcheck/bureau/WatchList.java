package org.selfcheck.bureau;

import java.time.LocalDate;
import java.util.List;

/**
 * What a bureau keeps an eye on in its jurisdiction (section 八: 全程跟踪、及时复核): major hazards past their deadline,
 * deadlines extended, and hazards remediated but not yet verified.
 */
public record WatchList(List<Item> overdue, List<Item> extended, List<Item> awaitingVerification) {

    /**
     * One hazard.
     *
     * @param deadline  the deadline in force
     * @param extendedFrom for an extension: the deadline before it
     */
    public record Item(long hazardId, String creditCode, String companyName, String regionCode, String description,
                       String state, LocalDate deadline, LocalDate extendedFrom) {
    }
}
