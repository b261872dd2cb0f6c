package org.selfcheck.api.inspection;

/** A check to plan: its date (yyyy-MM-dd) and scope (which sites, units or processes). */
public record PlanRequest(String date, String scope) {
}
