package org.selfcheck.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.selfcheck.onboarding.imports.CompanyImportService;
import org.selfcheck.onboarding.imports.ImportSummary;
import org.selfcheck.onboarding.imports.ImportWorkbook;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The bulk import page of admins and bureau officers: the template, the upload of a filled one, and the imports made
 * within the caller's jurisdiction with their progress (polled while one is under way) and result sheets.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CompanyImportService imports;

    @Inject
    Feedback feedback;

    private transient Part file;
    private List<ImportSummary> list;
    private SelfCheckException problem;

    public void load() {
        if (list == null && problem == null) {
            refresh();
        }
    }

    /** Reads the imports again (the poll while one is under way). */
    public void refresh() {
        try {
            list = imports.list();
        } catch (SelfCheckException e) {
            problem = e;
            list = List.of();
        }
    }

    public void upload() {
        try {
            byte[] content = null;
            String name = null;
            if (file != null && file.getSize() > 0) {
                if (file.getSize() > ImportWorkbook.MAX_BYTES) {
                    throw InvalidInputException.of("file", "import.file.tooLarge", ImportWorkbook.MAX_BYTES >> 20);
                }
                try (InputStream in = file.getInputStream()) {
                    content = in.readAllBytes();
                }
                name = file.getSubmittedFileName();
            }
            ImportSummary stored = imports.upload(name, content);
            feedback.info("imports.uploaded", stored.rows());
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "upload");
        } catch (IOException e) {
            feedback.refused(InvalidInputException.of("file", "import.file.notXlsx"), "upload");
        }
    }

    /** Whether the poll may stop: every import done. */
    public boolean isAllFinished() {
        return list == null || list.stream().allMatch(ImportSummary::finished);
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public List<ImportSummary> getList() {
        return list;
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}
