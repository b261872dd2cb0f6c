package org.selfcheck.catalogue;

import java.util.Objects;

/**
 * One item of a judgment standard as the catalogue file gives it.
 *
 * @param article       e.g. 第十一条 (or 第一项 for a standard numbered by situations)
 * @param subject       the article's subject as the reference names it, e.g. 粉尘涉爆
 * @param itemNo        e.g. (三)
 * @param text          the statutory wording, verbatim; null when {@link ItemStatus#MISSING}
 * @param note          why an item is UNSURE, or the fragment seen of a MISSING one; may be null
 * @param applicability the {@code applies} rule of the article
 * @param ordinal       1-based position in the file, which is the order of the official list
 */
public record ItemLine(String article, String subject, String itemNo, ItemStatus status, String text, String note,
                       Applicability applicability, int ordinal) {

    public ItemLine {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(itemNo, "itemNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(applicability, "applicability");
        if ((status == ItemStatus.MISSING) != (text == null || text.isBlank())) {
            throw new IllegalArgumentException(status + " item " + article + itemNo
                    + (status == ItemStatus.MISSING ? " must not have a text" : " needs a text"));
        }
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal is 1-based: " + ordinal);
        }
    }

    /** Whether there is wording to show: an UNSURE text is verbatim too, only something about it is unconfirmed. */
    public boolean hasText() {
        return status != ItemStatus.MISSING;
    }
}
