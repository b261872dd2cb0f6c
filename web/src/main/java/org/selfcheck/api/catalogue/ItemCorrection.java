package org.selfcheck.api.catalogue;

/** The verified text of a catalogue item, and where it comes from (optional note). */
public record ItemCorrection(String text, String note) {
}
