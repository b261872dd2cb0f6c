package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bureau directory and routing by the most specific jurisdiction, against the real server. */
@ExtendWith(ArquillianExtension.class)
class BureauDirectoryIT {

    static String bureau(String name, String jurisdiction, String wants) {
        return """
                {"name":"%s","jurisdiction":"%s","intakeUrl":"http://localhost:8080/api/intake","contact":"0991-0000000","wants":[%s]}"""
                .formatted(name, jurisdiction, wants);
    }

    @Test
    void adminsKeepTheDirectoryAndFilingsRouteToTheMostSpecificBureau() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        // Xinjiang codes: no other test uses them
        assertThat(admin.post("/api/bureaus", bureau("新疆维吾尔自治区应急管理厅", "65", "\"REPORT\",\"HAZARD\",\"MILESTONE\"")).status()).isEqualTo(201);
        Api.Answer city = admin.post("/api/bureaus", bureau("乌鲁木齐市应急管理局", "6501", "\"REPORT\""));
        assertThat(city.status()).as(city.body()).isEqualTo(201);

        Api manager = Organisations.register("路由测试化工有限公司").manager();
        assertThat(manager.get("/api/bureaus/route?region=650102").json().get("name").asText()).isEqualTo("乌鲁木齐市应急管理局");
        assertThat(manager.get("/api/bureaus/route?region=652301").json().get("name").asText()).isEqualTo("新疆维吾尔自治区应急管理厅");
        // the city bureau takes only reports: it is not a match for hazards
        assertThat(manager.get("/api/bureaus/route?region=650102&kind=HAZARD").status()).isEqualTo(404);
        Api.Answer none = manager.get("/api/bureaus/route?region=540102");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("message").asText()).contains("540102");

        // one bureau per jurisdiction; bad input is refused field by field; only admins change the directory
        assertThat(admin.post("/api/bureaus", bureau("重复", "6501", "\"REPORT\"")).status()).isEqualTo(409);
        Api.Answer bad = admin.post("/api/bureaus", """
                {"name":" ","jurisdiction":"650","intakeUrl":"ftp://x","wants":[]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").findValuesAsText("field")).containsExactlyInAnyOrder("name", "jurisdiction", "intakeUrl", "wants");
        assertThat(manager.post("/api/bureaus", bureau("企业自建", "650103", "\"REPORT\"")).status()).isEqualTo(403);

        // deactivating the city bureau sends its region's filings to the region
        JsonNode c = city.json();
        Api.Answer off = admin.put("/api/bureaus/" + c.get("id").asLong(), """
                {"name":"乌鲁木齐市应急管理局","jurisdiction":"6501","intakeUrl":"http://localhost:8080/api/intake","wants":["REPORT"],
                 "active":false,"version":%d}""".formatted(c.get("version").asLong()));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(manager.get("/api/bureaus/route?region=650102").json().get("name").asText()).isEqualTo("新疆维吾尔自治区应急管理厅");
        assertThat(admin.get("/api/audit?chain=system&entityType=bureau&entityId=" + c.get("id").asLong()).json().findValuesAsText("action"))
                .containsExactly("UPDATE", "CREATE");
    }
}
