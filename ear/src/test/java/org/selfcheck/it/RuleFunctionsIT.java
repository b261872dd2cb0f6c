package org.selfcheck.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfcheck.hazard.Extension;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.Overdue;
import org.selfcheck.shared.Quarter;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the overview reads in SQL (V16's functions) answer as their Java counterparts do, on the real database:
 * one rule, two languages, checked against each other rather than trusted to agree.
 */
@ExtendWith(ArquillianExtension.class)
class RuleFunctionsIT {

    @Test
    void chinasDayOfAnInstantIsQuarterZonesOnBothSidesOfMidnight() throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement("SELECT china_date(?)")) {
            for (String at : List.of("2026-09-30T15:59:59Z", "2026-09-30T16:00:00Z", "2026-12-31T15:59:59.999999Z",
                    "2026-12-31T16:00:00Z", "2027-01-01T00:00:00Z")) {
                Instant instant = Instant.parse(at);
                st.setTimestamp(1, Timestamp.from(instant));
                assertThat(single(st).toString()).as(at).isEqualTo(LocalDate.ofInstant(instant, Quarter.ZONE).toString());
            }
        }
    }

    @Test
    void theOpenAndBeforeVerificationStatesAreHazardStates() throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("SELECT hazard_open(?), hazard_before_verification(?)")) {
            for (HazardState state : HazardState.values()) {
                st.setString(1, state.name());
                st.setString(2, state.name());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("open " + state).isEqualTo(state.open());
                    assertThat(rs.getBoolean(2)).as("before verification " + state).isEqualTo(state.beforeVerification());
                }
            }
        }
    }

    @Test
    void theReportDueDateIsQuartersForEveryQuarterAndDay() throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement("SELECT report_due_date(?, ?)")) {
            for (String quarter : List.of("2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q4")) {
                for (int day : new int[]{1, 15, 28}) {
                    st.setString(1, quarter);
                    st.setInt(2, day);
                    assertThat(single(st).toString()).as(quarter + " day " + day)
                            .isEqualTo(Quarter.parse(quarter).reportDeadline(day).toString());
                }
            }
        }
    }

    /**
     * The latest approved extension is in force, even when an earlier approved one asked for a later day (the copies of
     * the rule this function replaced took the latest day instead); refused and pending ones never are. Rolled back.
     */
    @Test
    void theDeadlineInForceAndOverdueAreOverduesOnTheSameExtensions() throws SQLException {
        Organisations.TestCompany company = Organisations.registerMachinery("规则函数测试机械有限公司", "640105");
        long hazard = Filings.reportHazard(company.manager(), "规则函数测试隐患");
        LocalDate plan = LocalDate.of(2027, 1, 1);
        List<Extension> extensions = List.of(
                new Extension(plan, LocalDate.of(2027, 1, 30), "供货延迟", Extension.Decision.APPROVED, plan),
                new Extension(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20), "调整计划", Extension.Decision.APPROVED, plan),
                new Extension(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 3, 1), "再次延期", Extension.Decision.REFUSED, plan));
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try {
                assertThat(deadlineInForce(db, hazard, plan)).as("no extension yet").isEqualTo(plan);
                try (PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO hazard_extension (hazard_id, previous_deadline, requested_deadline, reason, decision,
                                                      requested_at, requested_by, decided_at, decided_by)
                        VALUES (?, ?, ?, ?, ?, now(), 'rule-test', now(), 'rule-test')""")) {
                    for (Extension e : extensions) {
                        insert.setLong(1, hazard);
                        insert.setDate(2, Date.valueOf(e.previousDeadline()));
                        insert.setDate(3, Date.valueOf(e.requestedDeadline()));
                        insert.setString(4, e.reason());
                        insert.setString(5, e.decision().name());
                        insert.executeUpdate();
                    }
                }
                LocalDate java = Overdue.effectiveDeadline(plan, extensions);
                assertThat(java).isEqualTo(LocalDate.of(2027, 1, 20));
                assertThat(deadlineInForce(db, hazard, plan)).isEqualTo(java);
                for (HazardState state : HazardState.values()) {
                    for (LocalDate today : List.of(java, java.plusDays(1))) {
                        try (PreparedStatement st = db.prepareStatement("SELECT hazard_overdue(?, ?, ?, ?)")) {
                            st.setLong(1, hazard);
                            st.setString(2, state.name());
                            st.setDate(3, Date.valueOf(plan));
                            st.setDate(4, Date.valueOf(today));
                            assertThat(single(st)).as(state + " on " + today).isEqualTo(Overdue.overdue(state, java, today));
                        }
                    }
                }
            } finally {
                db.rollback();
            }
        }
    }

    private static LocalDate deadlineInForce(Connection db, long hazard, LocalDate plan) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT hazard_deadline_in_force(?, ?)")) {
            st.setLong(1, hazard);
            st.setDate(2, Date.valueOf(plan));
            return ((Date) single(st)).toLocalDate();
        }
    }

    private static Object single(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
