package org.selfcheck.onboarding.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.selfcheck.company.CompanyAccessPolicy;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ControlCharacters;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Texts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk onboarding by an admin, or by a bureau officer for his own jurisdiction: the template, the upload of a filled
 * one (every row stored at once, to be applied by the company-import routes), the imports with their progress, and an
 * import's result sheet. Every row is later checked against the jurisdiction the uploader had, so that an officer
 * never registers or changes a company outside it; an officer sees the imports made within his jurisdiction.
 */
@Stateless
@RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
public class CompanyImportService {

    static final int FILE_NAME_MAX = 200;
    static final int LIST_MAX = 50;
    private static final DateTimeFormatter TITLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CompanyImportRepository imports;

    @Inject
    RegionDirectory regions;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    /** The empty template in the reader's language. */
    public byte[] template(Locale locale) {
        return ImportWorkbook.template(locale);
    }

    /**
     * Stores a filled template's rows for the routes to apply: a file that is not the template is refused as a whole
     * and nothing is stored; a row whose credit code an earlier row of the file has is rejected at once.
     */
    public ImportSummary upload(String fileName, byte[] content) {
        Caller caller = callerContext.require();
        String prefix = CompanyAccessPolicy.jurisdiction(caller);
        String name = Texts.clean(fileName);
        name = name == null ? "import.xlsx" : Texts.truncate(ControlCharacters.requireNone("file", name), FILE_NAME_MAX);
        List<ImportWorkbook.ParsedRow> rows = ImportWorkbook.read(content);
        Map<String, Integer> firstRow = new HashMap<>();
        JsonArrayBuilder stored = JsonP.PROVIDER.createArrayBuilder();
        for (ImportWorkbook.ParsedRow row : rows) {
            String code = row.cells().get(ImportColumn.CREDIT_CODE);
            Integer earlier = code == null ? null : firstRow.putIfAbsent(code, row.rowNo());
            JsonObjectBuilder cells = JsonP.PROVIDER.createObjectBuilder();
            row.cells().forEach((c, v) -> cells.add(c.name(), v));
            JsonObjectBuilder r = JsonP.PROVIDER.createObjectBuilder().add("row_no", row.rowNo()).add("cells", cells);
            if (code != null && code.length() <= 18) {
                r.add("credit_code", code);
            }
            if (earlier == null) {
                r.add("outcome", "QUEUED");
            } else {
                r.add("outcome", "REJECTED").add("errors", JsonP.PROVIDER.createArrayBuilder().add(
                        JsonP.PROVIDER.createObjectBuilder().add("field", ImportColumn.CREDIT_CODE.field())
                                .add("key", "import.row.duplicate")
                                .add("arguments", JsonP.PROVIDER.createArrayBuilder().add(String.valueOf(earlier)))));
            }
            stored.add(r);
        }
        long id = imports.add(prefix, name, caller.username(), clock.instant().truncatedTo(ChronoUnit.MICROS), stored.build());
        ImportSummary summary = summary(imports.find(id).orElseThrow());
        changes.fire(AuditedChange.ofSystem("company-import", id, "UPLOAD", null, summary));
        return summary;
    }

    /** The imports made within the caller's jurisdiction (an admin's: all), newest first. */
    public List<ImportSummary> list() {
        return imports.within(CompanyAccessPolicy.jurisdiction(callerContext.require()), LIST_MAX).stream()
                .map(this::summary).toList();
    }

    /** One import of the caller's jurisdiction; another's is not found. */
    public ImportSummary get(long id) {
        return summary(readable(id));
    }

    /** The result sheet of an import: each row's cells, outcome, reasons and invitation, in the reader's language. */
    public byte[] results(long id, Locale locale) {
        CompanyImportRepository.ImportRecord record = readable(id);
        List<ImportWorkbook.ResultRow> rows = new ArrayList<>();
        for (CompanyImportRepository.RowRecord r : imports.rows(id)) {
            rows.add(new ImportWorkbook.ResultRow(r.rowNo(), r.cells(), Messages.get(locale, "import.outcome." + r.outcome()),
                    reasons(locale, r.errors()), Messages.get(locale, "import.invitation." + r.invitation()),
                    r.invitationError() == null ? null : Messages.get(locale, r.invitationError())));
        }
        String title = Messages.get(locale, "import.result.title", record.fileName(),
                LocalDateTime.ofInstant(record.uploadedAt(), Quarter.ZONE).format(TITLE_TIME), record.uploadedBy());
        return ImportWorkbook.results(locale, title, rows);
    }

    /** A row's reasons, one per line: the column's name, then what is wrong with it. */
    static String reasons(Locale locale, JsonArray errors) {
        if (errors == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (JsonValue v : errors) {
            var e = v.asJsonObject();
            Object[] arguments = e.getJsonArray("arguments").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toArray();
            String text = Messages.get(locale, e.getString("key"), arguments);
            lines.add(ImportColumn.ofField(e.getString("field", "")).map(c -> c.label(locale) + "：" + text).orElse(text));
        }
        return String.join("\n", lines);
    }

    private CompanyImportRepository.ImportRecord readable(long id) {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        return imports.find(id).filter(i -> i.jurisdiction().startsWith(prefix))
                .orElseThrow(() -> new NotFoundException("import.notFound", id));
    }

    private ImportSummary summary(CompanyImportRepository.ImportRecord r) {
        Map<String, Integer> o = r.outcomes();
        Map<String, Integer> i = r.invitations();
        String jurisdiction = r.jurisdiction().isEmpty() ? null
                : regions.fullName(r.jurisdiction());
        return new ImportSummary(r.id(), r.fileName(), jurisdiction, r.uploadedBy(), r.uploadedAt(), r.rows(),
                o.get("QUEUED"), o.get("CREATED"), o.get("UPDATED"), o.get("UNCHANGED"), o.get("REJECTED"), i.get("PENDING"),
                i.get("SENT"), i.get("EXISTING"), i.get("FAILED"));
    }
}
