package org.selfcheck.catalogue;

/** How far an item's text can be trusted; the catalogue keeps all three so the article counts stay complete. */
public enum ItemStatus {
    /** Copied character by character from a source that agrees with the official wording. */
    VERBATIM,
    /** Verbatim text, but something about the item (its number, its only source) is not confirmed; see the note. */
    UNSURE,
    /** The item exists but its text was not found; shown to users as 原文待核实, with any fragment as the note. */
    MISSING
}
