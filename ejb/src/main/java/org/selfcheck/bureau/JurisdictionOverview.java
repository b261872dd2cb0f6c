package org.selfcheck.bureau;

import java.time.LocalDate;
import java.util.List;

/**
 * The jurisdiction for a quarter: one page of companies, and per county the compliance counts (for the chart of
 * compliance rate by county).
 *
 * @param total the companies of the jurisdiction (with the county filter), over all pages
 */
public record JurisdictionOverview(String quarter, LocalDate reportDueDate, String jurisdiction, int total, int first,
                                   List<OverviewRow> companies, List<County> counties) {

    /**
     * A county's counts: companies, with a check done, with the report received on time, with both (compliant), with
     * overdue hazards; and the compliance rate in percent (0 for a county without companies).
     */
    public record County(String regionCode, int companies, int checked, int reportedOnTime, int compliant,
                         int withOverdueHazards, int complianceRate) {

        public static County of(String regionCode, int companies, int checked, int reportedOnTime, int compliant,
                                int withOverdueHazards) {
            return new County(regionCode, companies, checked, reportedOnTime, compliant, withOverdueHazards,
                    companies == 0 ? 0 : Math.round(100f * compliant / companies));
        }
    }
}
