package org.selfcheck.bench.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.inspection.InTime;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProvinceDataTest {

    private static final String INTAKE = "http://localhost:8080/api/intake/filings";
    private static final String KEYS = "http://localhost:8080/api/intake/keys";

    private static final List<CompanyData> SAMPLE = new ArrayList<>();

    @BeforeAll
    static void drawSample() {
        data(2026, 2000).each(SAMPLE::add);
    }

    static ProvinceData data(long seed, int companies) {
        return new ProvinceData(seed, companies, ProvinceData.DEFAULT_AS_OF, Catalogue.seeded(),
                ProvinceData.plannedDirectory(INTAKE, KEYS, Set.of(FilingKind.REPORT, FilingKind.HAZARD)));
    }

    static Map<Table, String> digests(ProvinceData data) {
        Map<Table, String> digests = new EnumMap<>(Table.class);
        for (List<Table> pass : Table.passes()) {
            List<MessageDigest> shas = new ArrayList<>();
            List<CopyRows> outs = new ArrayList<>();
            for (Table t : pass) {
                MessageDigest sha = sha256();
                shas.add(sha);
                outs.add(new CopyRows((bytes, length) -> sha.update(bytes, 0, length)));
            }
            data.write(pass, outs);
            for (int i = 0; i < pass.size(); i++) {
                outs.get(i).close();
                digests.put(pass.get(i), HexFormat.of().formatHex(shas.get(i).digest()));
            }
        }
        return digests;
    }

    static Map<Table, Long> counts(ProvinceData data) {
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        for (List<Table> pass : Table.passes()) {
            List<CopyRows> outs = new ArrayList<>();
            pass.forEach(t -> outs.add(new CopyRows((bytes, length) -> { })));
            data.write(pass, outs);
            for (int i = 0; i < pass.size(); i++) {
                counts.put(pass.get(i), outs.get(i).rows());
            }
        }
        return counts;
    }

    @Test
    void the_passes_write_every_table_once_after_the_tables_it_references() {
        List<Table> order = Table.passes().stream().flatMap(List::stream).toList();
        assertThat(order).containsExactlyInAnyOrder(Table.values());
        assertThat(order.indexOf(Table.FILING)).isGreaterThan(order.indexOf(Table.QUARTERLY_REPORT));
        assertThat(order.indexOf(Table.HAZARD)).isGreaterThan(order.indexOf(Table.CHECK_RESULT));
    }

    @Test
    void the_same_seed_and_scale_give_the_same_copy_streams_and_another_seed_others() {
        Map<Table, String> once = digests(data(2026, 200));
        assertThat(digests(data(2026, 200))).isEqualTo(once);
        Map<Table, String> other = digests(data(7, 200));
        for (Table t : Table.values()) {
            assertThat(other.get(t)).as(t.table()).isNotEqualTo(once.get(t));
        }
    }

    @Test
    void counts_scale_with_the_number_of_companies() {
        Map<Table, Long> small = counts(data(2026, 200));
        Map<Table, Long> large = counts(data(2026, 800));
        assertThat(small.get(Table.COMPANY)).isEqualTo(200);
        assertThat(large.get(Table.COMPANY)).isEqualTo(800);
        for (Table t : List.of(Table.PERSON, Table.ORG_TERM, Table.SAFETY_CHECK, Table.CHECK_RESULT, Table.HAZARD,
                Table.HAZARD_HISTORY, Table.HAZARD_UPDATE, Table.QUARTERLY_REPORT, Table.FILING, Table.INTAKE_FILING)) {
            assertThat((double) large.get(t) / small.get(t)).as(t.table()).isCloseTo(4.0, within(0.4));
        }
        assertThat(large.get(Table.HAZARD) / 800.0).as("hazards per company").isCloseTo(10.0, within(1.5));
    }

    @Test
    void every_credit_code_is_valid_and_unique_and_every_site_in_province_33() {
        Set<String> codes = new HashSet<>();
        Set<String> known = new HashSet<>();
        Province.COUNTY_LIST.forEach(c -> known.add(c.code()));
        for (CompanyData c : SAMPLE) {
            assertThat(UnifiedSocialCreditCode.check(c.creditCode())).as(c.creditCode()).isEqualTo(UnifiedSocialCreditCode.Check.VALID);
            assertThat(codes.add(c.creditCode())).as("unique " + c.creditCode()).isTrue();
            assertThat(c.regionCode()).startsWith("33").matches("\\d{6}");
            assertThat(known).contains(c.regionCode());
        }
        assertThat(Province.COUNTY_LIST).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Integer> perCounty = new HashMap<>();
        SAMPLE.forEach(c -> perCounty.merge(c.regionCode(), 1, Integer::sum));
        assertThat(perCounty.getOrDefault("330109", 0)).as("萧山 more than 淳安").isGreaterThan(perCounty.getOrDefault("330127", 0));
        assertThat(perCounty).containsKey("330106");
    }

    @Test
    void every_company_has_the_organisation_the_notice_requires() {
        for (CompanyData c : SAMPLE) {
            LocalDate day = ProvinceData.DEFAULT_AS_OF.minusDays(1);
            assertThat(c.holding(OrgRole.PRINCIPAL, day)).hasSize(1);
            assertThat(c.holding(OrgRole.DESIGNATED_LEADER, day)).hasSize(1);
            long leader = c.holding(OrgRole.DESIGNATED_LEADER, day).get(0).personId();
            assertThat(c.holding(OrgRole.LEADERSHIP, day)).anyMatch(t -> t.personId() == leader);
            assertThat(c.holding(OrgRole.GROUP_MEMBER, day)).hasSizeBetween(3, 7);
            assertThat(c.people()).extracting(CompanyData.PersonRow::username)
                    .contains(CompanyGenerator.login(c.creditCode(), "principal"), CompanyGenerator.login(c.creditCode(), "manager"),
                            CompanyGenerator.login(c.creditCode(), "member"));
        }
    }

    @Test
    void quarters_are_mostly_checked_in_time_some_late_some_missed() {
        Quarter current = Quarter.of(ProvinceData.DEFAULT_AS_OF);
        int quarters = 0, inTime = 0, late = 0, attendedYears = 0, years = 0;
        for (CompanyData c : SAMPLE) {
            for (Quarter q = current.previous(); q.compareTo(new Quarter(2025, 2)) >= 0; q = q.previous()) {
                Quarter quarter = q;
                var ofQuarter = c.checks().stream().filter(k -> quarter.contains(k.date())).toList();
                quarters++;
                if (ofQuarter.stream().anyMatch(k -> InTime.covers(k.date(), k.completedAt()))) {
                    inTime++;
                } else if (ofQuarter.stream().anyMatch(k -> InTime.completedLate(k.date(), k.completedAt()))) {
                    late++;
                }
            }
            years++;
            if (c.checks().stream().anyMatch(k -> k.date().getYear() == 2025
                    && InTime.attends(k.date(), k.completedAt(), k.principalConfirmedAt()))) {
                attendedYears++;
            }
        }
        assertThat((double) inTime / quarters).isCloseTo(0.86, within(0.04));
        assertThat((double) late / quarters).isCloseTo(0.035, within(0.02));
        assertThat((double) attendedYears / years).isCloseTo(0.87, within(0.06));
    }

    @Test
    void hazards_come_in_a_realistic_mix_of_states_and_sources() {
        Map<HazardState, Integer> states = new EnumMap<>(HazardState.class);
        Map<HazardSource, Integer> sources = new EnumMap<>(HazardSource.class);
        int all = 0, overdue = 0, extended = 0, planned = 0, pastPending = 0;
        LocalDate today = ProvinceData.DEFAULT_AS_OF;
        for (CompanyData c : SAMPLE) {
            for (CompanyData.HazardRow h : c.hazards()) {
                all++;
                HazardState state = h.last().state();
                states.merge(state, 1, Integer::sum);
                sources.merge(h.source(), 1, Integer::sum);
                if ((state == HazardState.PENDING || state == HazardState.IN_PROGRESS) && h.deadlineInForce() != null
                        && h.deadlineInForce().isBefore(today)) {
                    overdue++;
                }
                if (!h.extensions().isEmpty()) {
                    extended++;
                }
                if (state != HazardState.PENDING) {
                    pastPending++;
                    if (h.last().described() && h.plan().complete()) {
                        planned++;
                    }
                }
            }
        }
        assertThat(share(states.get(HazardState.CLOSED), all)).isBetween(0.65, 0.90);
        assertThat(share(states.get(HazardState.IN_PROGRESS), all)).isBetween(0.04, 0.20);
        assertThat(share(states.get(HazardState.PENDING), all)).isBetween(0.01, 0.12);
        assertThat(share(states.get(HazardState.TO_VERIFY), all)).isBetween(0.01, 0.06);
        assertThat(share(overdue, all)).isBetween(0.008, 0.04);
        assertThat(share(extended, all)).isBetween(0.03, 0.15);
        assertThat(planned).as("五落实 filled past 待整改").isEqualTo(pastPending);
        assertThat(share(sources.get(HazardSource.SELF_CHECK), all)).isBetween(0.65, 0.85);
        assertThat(share(sources.get(HazardSource.DAILY), all)).isBetween(0.12, 0.28);
        assertThat(share(sources.get(HazardSource.BUREAU), all)).isBetween(0.02, 0.09);
    }

    @Test
    void reports_are_mostly_signed_in_time_and_filings_mostly_delivered() {
        int quarters = 0, onTime = 0, late = 0, unsigned = 0, filings = 0, delivered = 0;
        Quarter current = Quarter.of(ProvinceData.DEFAULT_AS_OF);
        for (CompanyData c : SAMPLE) {
            for (Quarter q = current.previous(); q.compareTo(new Quarter(2025, 2)) >= 0; q = q.previous()) {
                String label = q.toString();
                var first = c.reports().stream().filter(r -> r.quarter().equals(label) && r.version() == 1).findFirst();
                quarters++;
                if (first.isEmpty() || !first.get().signed()) {
                    unsigned++;
                } else if (!LocalDate.ofInstant(first.get().signedAt(), Quarter.ZONE).isAfter(q.reportDeadline())) {
                    onTime++;
                } else {
                    late++;
                }
            }
            for (CompanyData.FilingRow f : c.filings()) {
                filings++;
                if (f.delivered()) {
                    delivered++;
                }
            }
        }
        assertThat(share(onTime, quarters)).isCloseTo(0.86, within(0.04));
        assertThat(share(late, quarters)).isCloseTo(0.07, within(0.03));
        assertThat(share(unsigned, quarters)).isCloseTo(0.07, within(0.03));
        assertThat(share(delivered, filings)).isBetween(0.985, 0.9995);
    }

    private static double share(Integer part, int all) {
        return part == null ? 0 : (double) part / all;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
