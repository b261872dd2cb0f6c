package org.selfcheck.catalogue;

/**
 * A catalogue item as services hand it out.
 *
 * @param text null when the official wording is still missing (shown as 原文待核实)
 * @param note for an UNSURE item, what is uncertain; for a MISSING one, any fragment seen
 */
public record CatalogueItemDetails(long id, long revisionId, String standardCode, int revision, int ordinal,
                                   String article, String subject, String itemNo, ItemStatus status, String text,
                                   String note, String applicability) {

    /** How the item is cited: standard, article and item number, e.g. GM10-2023 第十一条(三). */
    public String reference() {
        return standardCode + " " + article + itemNo;
    }
}
