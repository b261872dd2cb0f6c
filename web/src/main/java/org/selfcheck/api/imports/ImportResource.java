package org.selfcheck.api.imports;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.api.Languages;
import org.selfcheck.onboarding.imports.CompanyImportService;
import org.selfcheck.onboarding.imports.ImportSummary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bulk onboarding (admins, and bureau officers for their jurisdiction): {@code GET template} is the Excel template,
 * {@code POST} with a filled one as the body (its name in {@code fileName}) stores its rows and answers 201 with the
 * import, which the portal then applies and whose managers it invites; {@code GET {id}} is its progress and
 * {@code GET {id}/results} its result sheet.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    CompanyImportService imports;

    @Context
    HttpHeaders headers;

    @GET
    public List<ImportSummary> list() {
        return imports.list();
    }

    @GET
    @Path("template")
    @Produces(XLSX)
    public Response template() {
        return attachment(imports.template(Languages.of(headers)), "company-import-template.xlsx", "企业批量导入模板.xlsx");
    }

    /** A filled template as the body, of any declared type: its content decides (an .xlsx or a clear refusal). */
    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@QueryParam("fileName") String fileName, byte[] content) {
        ImportSummary stored = imports.upload(fileName, content);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("{id}")
    public ImportSummary get(@PathParam("id") long id) {
        return imports.get(id);
    }

    @GET
    @Path("{id}/results")
    @Produces(XLSX)
    public Response results(@PathParam("id") long id) {
        return attachment(imports.results(id, Languages.of(headers)), "company-import-" + id + "-results.xlsx",
                "企业导入结果-" + id + ".xlsx");
    }

    /** An attachment with an ASCII name and its Chinese name for browsers that read RFC 5987. */
    public static Response attachment(byte[] xlsx, String asciiName, String name) {
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"" + asciiName
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
