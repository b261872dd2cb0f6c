package org.selfcheck.organisation;

import java.util.List;

/** One group category on a date: its members, and why it has none if the company said so. */
public record CategoryCoverage(GroupCategory category, Coverage coverage, List<Position> members, Explanation explanation) {

    public CategoryCoverage {
        members = List.copyOf(members);
    }

    public boolean flagged() {
        return coverage == Coverage.MISSING;
    }
}
