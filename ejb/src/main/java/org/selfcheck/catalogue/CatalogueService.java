package org.selfcheck.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.selfcheck.company.SpecialField;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The catalogue of judgment standards: everyone reads it; admins correct an item's text or import a new
 * version from a file, each making a new, audited revision. Old revisions stay, so old checks keep their wording.
 */
@Stateless
public class CatalogueService {

    static final int MAX_TEXT = 2000;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    CatalogueItemCache itemCache;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    /** The current revision of every standard, with counts. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RevisionSummary> standards() {
        return catalogue.current().stream().map(catalogue::summary).toList();
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RevisionSummary> revisions(String standardCode) {
        return catalogue.revisions(standardCode).stream().map(catalogue::summary).toList();
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CatalogueItemDetails> items(long revisionId) {
        CatalogueRevision r = catalogue.revision(revisionId)
                .orElseThrow(() -> new NotFoundException("catalogue.revisionNotFound", revisionId));
        return catalogue.items(revisionId).stream().map(i -> i.toDetails(r)).toList();
    }

    /** Items by id, whatever their revision (a check's items stay as they were when it was planned). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CatalogueItemDetails> itemsById(java.util.Collection<Long> ids) {
        return itemCache.byId(ids);
    }

    /**
     * The checklist of a company with this industry and these special fields: the items of the current
     * revisions that apply to it, in catalogue order.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CatalogueItemDetails> checklist(String industryCode, Set<SpecialField> fields) {
        List<CatalogueItemDetails> list = new ArrayList<>();
        for (CatalogueRevision r : catalogue.current()) {
            if (!Applicability.parse(r.scope()).appliesTo(industryCode, fields)) {
                continue;
            }
            for (CatalogueItem item : catalogue.items(r.id())) {
                if (item.toLine().applicability().appliesTo(industryCode, fields)) {
                    list.add(item.toDetails(r));
                }
            }
        }
        return list;
    }

    /**
     * Fills in or corrects the text of an item of a current revision: a new revision of its standard with
     * that one item changed (now verbatim).
     */
    @RolesAllowed(Roles.ADMIN)
    public RevisionSummary correctItem(long itemId, String text, String note) {
        String actor = callerContext.require().username();
        CatalogueItem item = catalogue.item(itemId).orElseThrow(() -> new NotFoundException("catalogue.itemNotFound", itemId));
        CatalogueRevision revision = catalogue.revision(item.revisionId()).orElseThrow();
        String newText = text == null ? "" : text.strip();
        if (newText.isEmpty()) {
            throw InvalidInputException.of("text", "catalogue.item.text");
        }
        if (newText.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "text.length", MAX_TEXT);
        }
        String newNote = Texts.clean(note);
        List<ItemLine> lines = new ArrayList<>();
        ItemLine before = null;
        ItemLine after = null;
        for (CatalogueItem i : catalogue.items(revision.id())) {
            ItemLine line = i.toLine();
            if (i.id().equals(item.id())) {
                before = line;
                after = new ItemLine(line.article(), line.subject(), line.itemNo(), ItemStatus.VERBATIM, newText, newNote,
                        line.applicability(), line.ordinal());
                line = after;
            }
            lines.add(line);
        }
        StandardFile file = revision.toFile(lines);
        CatalogueRevision stored = storeNewRevision(file, CatalogueRevision.Source.EDIT,
                before.article() + before.itemNo(), actor, revision);
        changes.fire(AuditedChange.ofSystem("catalogue-item", stored.standardCode() + " r" + stored.revision() + " "
                + before.article() + before.itemNo(), "CORRECT", before, after));
        return catalogue.summary(stored);
    }

    /** Imports a standard file: a new revision of its standard (or the first of a new standard). Bad files store nothing. */
    @RolesAllowed(Roles.ADMIN)
    public RevisionSummary importFile(String content) {
        String actor = callerContext.require().username();
        StandardFile file = StandardFileParser.parse(content == null ? "" : content);
        CatalogueRevision current = catalogue.revisions(file.code()).stream().findFirst().orElse(null);
        CatalogueRevision stored = storeNewRevision(file, CatalogueRevision.Source.IMPORT, null, actor, current);
        RevisionSummary summary = catalogue.summary(stored);
        changes.fire(AuditedChange.ofSystem("catalogue-revision", stored.standardCode() + " r" + stored.revision(),
                "IMPORT", null, summary));
        return summary;
    }

    private CatalogueRevision storeNewRevision(StandardFile file, CatalogueRevision.Source source, String note,
                                               String actor, CatalogueRevision basedOn) {
        int next = catalogue.nextRevision(file.code());
        if (basedOn != null && basedOn.revision() != next - 1) {
            throw new ConflictException("catalogue.notCurrent");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return catalogue.store(file, next, source, note, actor, now);
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("conflict.concurrent");
            }
            throw e;
        }
    }
}
