package org.selfcheck.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of a catalogue revision, kept verbatim and never changed (a correction makes a new revision). */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private long revisionId;

    @Column(nullable = false, updatable = false)
    private int ordinal;

    @Column(nullable = false, updatable = false)
    private String article;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "item_no", nullable = false, updatable = false)
    private String itemNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemStatus status;

    @Column(updatable = false)
    private String text;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String applicability;

    protected CatalogueItem() {
    }

    public CatalogueItem(long revisionId, ItemLine line) {
        this.revisionId = revisionId;
        this.ordinal = line.ordinal();
        this.article = line.article();
        this.subject = line.subject();
        this.itemNo = line.itemNo();
        this.status = line.status();
        this.text = line.text();
        this.note = line.note();
        this.applicability = line.applicability().toString();
    }

    public Long id() {
        return id;
    }

    public long revisionId() {
        return revisionId;
    }

    public ItemLine toLine() {
        return new ItemLine(article, subject, itemNo, status, text, note, Applicability.parse(applicability), ordinal);
    }

    public CatalogueItemDetails toDetails(CatalogueRevision revision) {
        return new CatalogueItemDetails(id, revisionId, revision.standardCode(), revision.revision(), ordinal, article,
                subject, itemNo, status, text, note, applicability);
    }
}
