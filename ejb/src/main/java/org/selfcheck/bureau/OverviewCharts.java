package org.selfcheck.bureau;

import java.util.List;

/**
 * The overview's charts: the quarter's major hazards by judgment-standard article, and how the jurisdiction's
 * compliance went over the last quarters.
 */
public record OverviewCharts(List<ArticleCount> hazardsByArticle, List<TrendPoint> trend) {

    /** Major hazards found in the quarter under one article of one standard, e.g. GM10-2023 第十一条 (粉尘涉爆). */
    public record ArticleCount(String standardCode, String article, String subject, int hazards) {
    }

    /** One quarter: companies of the jurisdiction, those with a completed check, those whose report was received by its due date. */
    public record TrendPoint(String quarter, int companies, int checked, int reportedOnTime) {
    }
}
