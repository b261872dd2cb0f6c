package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.it.Organisations.addPerson;
import static org.selfcheck.it.Organisations.appoint;
import static org.selfcheck.it.Organisations.today;

/** The hash-chained audit trail (section 十四): every change is recorded, and tampering is found at its row. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Test
    void everyChangeIsRecordedWithWhoWhatBeforeAndAfter() {
        Organisations.TestCompany company = Organisations.register("审计测试化工有限公司");
        long person = addPerson(company.manager(), "郑安全", "安全员", null);
        JsonNode stored = company.manager().get("/api/organisation/people/" + person).json();
        assertThat(company.manager().put("/api/organisation/people/" + person,
                "{\"name\":\"郑安全\",\"position\":\"安全科科长\",\"phone\":\"13800000000\",\"version\":%d}"
                        .formatted(stored.get("version").asLong())).status()).isEqualTo(200);

        JsonNode entries = company.manager().get("/api/audit?company=" + company.code() + "&entityType=person&entityId=" + person).json();

        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        assertThat(update.get("action").asText()).isEqualTo("UPDATE");
        assertThat(update.get("actor").asText()).isEqualTo(company.managerUser().username());
        assertThat(update.get("before").asText()).contains("\"position\":\"安全员\"");
        assertThat(update.get("after").asText()).contains("\"position\":\"安全科科长\"");
        assertThat(update.get("prevHash").asText()).isEqualTo(entries.get(1).get("hash").asText());
        // the company's registration is in its chain too
        JsonNode all = company.manager().get("/api/audit?company=" + company.code() + "&max=200").json();
        assertThat(all.findValuesAsText("action")).contains("REGISTER", "CREATE", "UPDATE");
        // and no other company reads it
        Organisations.TestCompany other = Organisations.register("旁观测试化工有限公司");
        assertThat(other.manager().get("/api/audit?company=" + company.code()).status()).isEqualTo(403);
    }

    @Test
    void theChainVerifiesAndARowAlteredInTheDatabaseIsFoundAtThatRow() throws SQLException {
        Organisations.TestCompany company = Organisations.register("篡改测试化工有限公司");
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        long chief = addPerson(company.manager(), "冯总", "总经理", null);
        long deputy = addPerson(company.manager(), "陈副总", "副总经理", null);
        appoint(company.manager(), "principal", chief, today());
        appoint(company.manager(), "leadership", deputy, today());

        JsonNode intact = admin.get("/api/audit/verify?company=" + company.code()).json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("entries").asLong()).isEqualTo(5);
        assertThat(company.manager().get("/api/audit/verify?company=" + company.code()).status()).isEqualTo(403);

        long victim;
        try (Connection db = Database.connect()) {
            victim = entryId(db, company.code(), "CREATE", "person", chief);
            // the application's account cannot change an entry: the table only takes inserts
            assertThatThrownBy(() -> update(db, victim)).hasMessageContaining("append-only");
            // someone who can switch the guard off (the table's owner) alters the entry anyway
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
                update(db, victim);
                s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            }
            db.commit();
        }

        JsonNode broken = admin.get("/api/audit/verify?company=" + company.code()).json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        JsonNode at = broken.get("broken").get(0);
        assertThat(at.get("brokenEntryId").asLong()).isEqualTo(victim);
        assertThat(at.get("brokenSeq").asLong()).isEqualTo(2);
        assertThat(at.get("problem").asText()).isEqualTo("CONTENT_ALTERED");
        // verifying everything names this chain among the broken ones
        JsonNode all = admin.get("/api/audit/verify").json();
        assertThat(all.get("broken").findValuesAsText("chainKey")).contains("company:" + company.code());
    }

    private static long entryId(Connection db, String code, String action, String type, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id FROM audit_entry WHERE chain_key = ? AND action = ? AND entity_type = ? AND entity_id = ?")) {
            q.setString(1, "company:" + code);
            q.setString(2, action);
            q.setString(3, type);
            q.setString(4, Long.toString(id));
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection db, long id) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE audit_entry SET after_json = replace(after_json, '冯总', '他人') WHERE id = ?")) {
            u.setLong(1, id);
            u.executeUpdate();
        }
    }
}
