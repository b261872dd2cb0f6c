package org.selfcheck.api.company;

/** What a company's safety manager asks: the production site's new region code and why it moves. */
public record RegionChangeRequest(String toRegion, String reason) {
}
