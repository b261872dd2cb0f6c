package org.selfcheck.api.bureau;

/** One finding of an inspection as posted: the catalogue item, the location, what was seen. */
public record FindingBody(Long itemId, String location, String description) {
}
