package org.selfcheck.bureau.spotcheck;

/** One finding of a bureau inspection: a major hazard, judged against a catalogue item, at a location. */
public record Finding(long itemId, String location, String description) {
}
