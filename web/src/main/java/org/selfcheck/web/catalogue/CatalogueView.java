package org.selfcheck.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.catalogue.RevisionSummary;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Admins browse the catalogue, fill in or correct an item's text, and import standard files. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_FILE = 1024 * 1024;

    @EJB
    CatalogueService catalogue;

    @Inject
    Feedback feedback;

    private List<RevisionSummary> standards = List.of();
    private Long revisionId;
    private List<CatalogueItemDetails> items = List.of();

    private Long itemId;
    private String text;
    private String note;
    private transient Part file;

    @PostConstruct
    void load() {
        standards = catalogue.standards();
        if (!standards.isEmpty()) {
            show(standards.get(0).id());
        }
    }

    public void show(long id) {
        revisionId = id;
        items = catalogue.items(id);
    }

    public void edit(CatalogueItemDetails item) {
        itemId = item.id();
        text = item.text();
        note = item.note();
    }

    public void correct() {
        try {
            RevisionSummary revision = catalogue.correctItem(itemId, text, note);
            feedback.info("catalogue.corrected");
            standards = catalogue.standards();
            show(revision.id());
        } catch (SelfCheckException e) {
            feedback.refused(e, "correctForm");
        }
    }

    public void importFile() {
        try {
            if (file == null || file.getSize() == 0) {
                throw InvalidInputException.of("file", "catalogue.file.empty");
            }
            if (file.getSize() > MAX_FILE) {
                throw InvalidInputException.of("file", "catalogue.file.tooLarge", MAX_FILE / 1024);
            }
            String content;
            try (InputStream in = file.getInputStream()) {
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            RevisionSummary revision = catalogue.importFile(content);
            feedback.info("catalogue.imported");
            standards = catalogue.standards();
            show(revision.id());
        } catch (SelfCheckException e) {
            feedback.refused(e, "importForm");
        } catch (IOException e) {
            feedback.refused(InvalidInputException.of("file", "catalogue.file.empty"), "importForm");
        }
    }

    public List<RevisionSummary> getStandards() {
        return standards;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public List<CatalogueItemDetails> getItems() {
        return items;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
