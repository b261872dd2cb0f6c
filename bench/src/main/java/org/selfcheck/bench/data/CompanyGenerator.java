package org.selfcheck.bench.data;

import org.selfcheck.bench.data.CompanyData.CheckRow;
import org.selfcheck.bench.data.CompanyData.ExplanationRow;
import org.selfcheck.bench.data.CompanyData.ExtensionRow;
import org.selfcheck.bench.data.CompanyData.FilingRow;
import org.selfcheck.bench.data.CompanyData.HazardRow;
import org.selfcheck.bench.data.CompanyData.ParticipantRow;
import org.selfcheck.bench.data.CompanyData.PersonRow;
import org.selfcheck.bench.data.CompanyData.Plan;
import org.selfcheck.bench.data.CompanyData.ReportRow;
import org.selfcheck.bench.data.CompanyData.ResultRow;
import org.selfcheck.bench.data.CompanyData.TermRow;
import org.selfcheck.bench.data.CompanyData.UpdateRow;
import org.selfcheck.bench.data.CompanyData.Version;
import org.selfcheck.company.SpecialField;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauRouting;
import org.selfcheck.filing.FilingEvent;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Draws one company after another: the same seed, index and counters give the same company, so every table's pass over
 * the province (see {@link ProvinceData}) sees the same rows and ids. Ids are handed out from running counters in
 * company order, as a database filling an empty table would.
 *
 * <p>Proportions (for the default as-of date; they follow from the draws below, {@code ProvinceDataTest} checks them):
 * a past quarter has a check completed in time for about 86% of the companies, one completed only after the quarter
 * (逾期补录) for about 4%, a check planned and never completed for 3%, nothing for 7%; the principal attends a check in
 * about 88% of the years; about 10 major hazards per company over the eight quarters, three quarters from checks, a
 * fifth from daily work and 5% recorded from bureau inspections, of which about 86% are closed, 9% in remediation, 3%
 * waiting (待整改), 2% waiting for 复查, 2.5% overdue and 6% with an extension; reports on past quarters are signed in
 * time by about 86%, late by 7%, prepared but not signed by 3%, missing for 4%; 99.8% of the filings are delivered.
 */
final class CompanyGenerator {

    static final ZoneId ZONE = Quarter.ZONE;
    static final String FILING_ACCOUNT = "service-account-selfcheck-filing";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long SPACE = 27_512_614_111L; // 31^7: the entity part of a credit code after its two-character prefix
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);
    private static final String[] SCOPES = {"全厂区重大事故隐患季度排查", "生产车间、仓库及配套设施", "生产装置、储存设施及公用工程",
            "重点部位和关键设备", "特殊作业及承包商管理", "涉爆粉尘、有限空间等专项排查"};

    /** The counters of every table's ids, carried from one company to the next. */
    static final class Ids {
        long person, term, explanation, check, result, hazard, extension, update, report, receipt;
    }

    private final long seed;
    private final LocalDate today;
    private final Instant end;
    private final Quarter current;
    private final Quarter first;
    private final Catalogue catalogue;
    private final List<BureauEntry> directory;
    private final long scramble;

    /**
     * @param today the as-of date: everything generated happened before its first instant in China
     */
    CompanyGenerator(long seed, LocalDate today, Catalogue catalogue, List<BureauEntry> directory) {
        this.seed = seed;
        this.today = today;
        this.end = today.atStartOfDay(ZONE).toInstant();
        this.current = Quarter.of(today);
        Quarter q = current;
        for (int i = 0; i < 7; i++) {
            q = q.previous();
        }
        this.first = q;
        this.catalogue = catalogue;
        this.directory = directory;
        // odd and not a multiple of 31: a bijection of the company indexes onto the credit codes' entity part
        long s = (new SplittableRandom(seed).nextLong() & 0xFFFFFFFL) * 2 + 1;
        this.scramble = s % 31 == 0 ? s + 2 : s;
    }

    Quarter firstQuarter() {
        return first;
    }

    Quarter currentQuarter() {
        return current;
    }

    Instant end() {
        return end;
    }

    CompanyData company(int index, Ids ids) {
        return new Drawing(index, ids).company();
    }

    /** The credit code of the company with this index: unique per index, valid (GB 32100 check character). */
    String creditCode(int index, String registration, SplittableRandom r) {
        String[] prefixes = {"MA", "MA", "MA", "MA", "MA", "MA", "MA", "70", "72", "74", "14", "25"};
        long entity = Math.floorMod(index * scramble + (seed & 0xFFFFFF), SPACE);
        StringBuilder code = new StringBuilder("91").append(registration).append(prefixes[r.nextInt(prefixes.length)]);
        char[] part = new char[7];
        for (int i = 6; i >= 0; i--) {
            part[i] = ALPHABET.charAt((int) (entity % 31));
            entity /= 31;
        }
        code.append(part);
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    /** The login of a person of the company: {@code bm-<credit code>-<role>}, lower case (PersonValues' format). */
    static String login(String creditCode, String role) {
        return "bm-" + creditCode.toLowerCase(java.util.Locale.ROOT) + "-" + role;
    }

    /** The drawing of one company; its random numbers come from the seed and its index only. */
    private final class Drawing {

        private final SplittableRandom r;
        private final int index;
        private final Ids ids;
        private final long companyId;
        private String code;
        private String manager, principalLogin, member;
        private LocalDate onboarded;
        private Instant registeredAt;
        private final List<PersonRow> people = new ArrayList<>();
        private final List<TermRow> terms = new ArrayList<>();
        private final List<ExplanationRow> explanations = new ArrayList<>();
        private final List<CheckRow> checks = new ArrayList<>();
        private final List<HazardRow> hazards = new ArrayList<>();
        private final List<ReportRow> reports = new ArrayList<>();
        private final List<FilingRow> filings = new ArrayList<>();
        private final List<Long> members = new ArrayList<>();
        private final List<PendingHazard> pendingHazards = new ArrayList<>();
        private CompanyData company;
        private BureauEntry bureau;

        Drawing(int index, Ids ids) {
            this.index = index;
            this.ids = ids;
            this.companyId = index + 1L;
            this.r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        }

        CompanyData company() {
            Province.County county = Province.county(r);
            Industry industry = Industry.draw(r);
            String registration = r.nextInt(10) == 0 ? county.city().code() + "00" : county.code();
            code = creditCode(index, registration, r);
            manager = login(code, "manager");
            principalLogin = login(code, "principal");
            member = login(code, "member");
            List<SpecialField> fields = new ArrayList<>();
            if (r.nextDouble() < industry.confined()) {
                fields.add(SpecialField.CONFINED_SPACE);
            }
            if (r.nextDouble() < industry.dust()) {
                fields.add(SpecialField.DUST_EXPLOSION);
            }
            if (r.nextDouble() < industry.ammonia()) {
                fields.add(SpecialField.AMMONIA_REFRIGERATION);
            }
            int g = r.nextInt(100);
            String grade = g < 2 ? "GRADE_1" : g < 12 ? "GRADE_2" : g < 57 ? "GRADE_3" : "NOT_GRADED";
            onboarded = r.nextInt(100) < 94 ? first.first().minusDays(10 + r.nextInt(140))
                    : quarterAfter(first, 1 + r.nextInt(4)).first().plusDays(r.nextInt(30));
            registeredAt = at(onboarded, 9, 17);
            bureau = BureauRouting.route(county.code(), directory).orElse(null);
            organisation();
            List<Catalogue.Item> checklist = catalogue.checklist(industry.code(), Set.copyOf(fields));
            Set<Long> notApplicable = new HashSet<>();
            for (Catalogue.Item item : checklist) {
                if (r.nextInt(10) == 0 && checklist.size() > 3) {
                    notApplicable.add(item.id());
                }
            }
            for (Quarter q = first; q.compareTo(current) <= 0; q = q.next()) {
                quarterChecks(q, checklist, notApplicable);
            }
            attendance();
            otherHazards(checklist, county);
            pendingHazards.sort(Comparator.comparing(PendingHazard::createdAt));
            for (PendingHazard p : pendingHazards) {
                hazards.add(remediate(p));
            }
            company = new CompanyData(companyId, code, Names.company(r, county, industry), county, industry, grade,
                    Names.address(r, county), List.copyOf(fields), registeredAt, manager, people, terms, explanations,
                    checks, hazards, reports, filings, new java.util.HashMap<>());
            for (Quarter q = first; q.compareTo(current) < 0; q = q.next()) {
                quarterReports(q);
            }
            fileAll();
            return company;
        }

        // ---- organisation (R1, R2) ---------------------------------------------------------------------------

        private void organisation() {
            Instant t = registeredAt.plus(5 + r.nextInt(50), ChronoUnit.MINUTES);
            String[] principalTitles = {"总经理", "董事长", "董事长兼总经理", "执行董事"};
            long principal = person(Names.person(r), principalTitles[r.nextInt(principalTitles.length)], principalLogin, false, null, t);
            boolean principalChanges = r.nextInt(100) < 4;
            LocalDate change = principalChanges ? onboarded.plusDays(60 + r.nextInt(480)) : null;
            if (change != null && !change.isBefore(today)) {
                change = null;
            }
            if (change != null) {
                PersonRow old = people.get(people.size() - 1);
                Instant changedAt = at(change, 9, 12);
                people.set(people.size() - 1, new PersonRow(old.id(), old.name(), old.position(), old.phone(), null, false,
                        null, old.createdAt(), old.createdBy(), changedAt, manager, 1));
                terms.add(term(principal, OrgRole.PRINCIPAL, null, null, onboarded, change.minusDays(1), t, manager, changedAt));
                long successor = person(Names.person(r), principalTitles[r.nextInt(2)], principalLogin, false, null, changedAt);
                terms.add(term(successor, OrgRole.PRINCIPAL, null, null, change, null, changedAt, manager, null));
            } else {
                terms.add(term(principal, OrgRole.PRINCIPAL, null, null, onboarded, null, t, manager, null));
            }
            String[] leaderTitles = {"副总经理", "安全总监", "生产副总", "分管安全副总经理"};
            long leader = person(Names.person(r), leaderTitles[r.nextInt(leaderTitles.length)], null, false, null, t);
            terms.add(term(leader, OrgRole.LEADERSHIP, null, null, onboarded, null, t, manager, null));
            terms.add(term(leader, OrgRole.DESIGNATED_LEADER, null, null, onboarded, null, t.plusSeconds(600),
                    principalLogin, null));
            if (r.nextBoolean()) {
                long other = person(Names.person(r), "副总经理", null, false, null, t);
                terms.add(term(other, OrgRole.LEADERSHIP, null, null, onboarded, null, t, manager, null));
            }
            Instant g = t.plusSeconds(1200);
            String[] managerTitles = {"安全管理部经理", "安全环保部部长", "专职安全员", "安全主管"};
            long safety = person(Names.person(r), managerTitles[r.nextInt(managerTitles.length)], manager, false, null, g);
            member(safety, GroupCategory.SAFETY_OFFICE, null, g);
            if (r.nextInt(10) < 4) {
                member(leader, GroupCategory.SAFETY_OFFICE, null, g);
            }
            if (r.nextInt(100) < 85) {
                member(person(Names.person(r), "工会主席", null, false, null, g), GroupCategory.UNION, null, g);
            } else {
                explanations.add(new ExplanationRow(++ids.explanation, GroupCategory.UNION, "企业未成立工会组织，由职工代表参加检查",
                        onboarded, g, manager));
            }
            member(person(Names.person(r), "一线班组长（从业人员代表）", member, false, null, g), GroupCategory.WORKER_REP, null, g);
            int e = r.nextInt(100);
            if (e < 75) {
                boolean external = r.nextBoolean();
                String certificate = "ZJ" + (2015 + r.nextInt(10)) + String.format("%06d", r.nextInt(1_000_000));
                long engineer = person(Names.person(r), external ? "外聘注册安全工程师" : "注册安全工程师", null, external,
                        external ? Names.consultancy(r) : null, g);
                member(engineer, GroupCategory.REGISTERED_SAFETY_ENGINEER, certificate, g);
            } else if (e < 90) {
                explanations.add(new ExplanationRow(++ids.explanation, GroupCategory.REGISTERED_SAFETY_ENGINEER,
                        "企业无注册安全工程师，已与安全技术服务机构签订委托协议，合同签订中", onboarded, g, manager));
            }
            // at least three members: a second worker representative where the group would be smaller
            if (r.nextBoolean() || members.stream().distinct().count() < 3) {
                member(person(Names.person(r), "车间操作工（从业人员代表）", null, false, null, g), GroupCategory.WORKER_REP, null, g);
            }
            if (r.nextInt(100) < 20) {
                member(person(Names.person(r), "设备工程师", null, false, null, g), GroupCategory.OTHER_EXPERT, null, g);
            }
        }

        private long person(String name, String position, String username, boolean external, String employer, Instant at) {
            long id = ++ids.person;
            people.add(new PersonRow(id, name, position, Names.mobile(r), username, external, employer, at, manager, at,
                    manager, 0));
            return id;
        }

        private TermRow term(long person, OrgRole role, GroupCategory category, String certificate, LocalDate start,
                             LocalDate endDate, Instant at, String by, Instant endedAt) {
            return new TermRow(++ids.term, person, role, category, certificate, start, endDate, null, at, by, endedAt,
                    endedAt == null ? null : manager);
        }

        private void member(long person, GroupCategory category, String certificate, Instant at) {
            terms.add(term(person, OrgRole.GROUP_MEMBER, category, certificate, onboarded, null, at, manager, null));
            members.add(person);
        }

        // ---- checks (R3) and attendance (R5) -------------------------------------------------------------------

        private void quarterChecks(Quarter q, List<Catalogue.Item> checklist, Set<Long> notApplicable) {
            LocalDate from = q.first().isAfter(onboarded) ? q.first() : onboarded.plusDays(1);
            LocalDate yesterday = today.minusDays(1);
            if (from.isAfter(q.last()) || from.isAfter(yesterday)) {
                return;
            }
            if (q.endedBefore(today)) {
                int p = r.nextInt(100);
                if (p < 86) {
                    inTime(q, from, q.last(), checklist, notApplicable);
                    if (r.nextInt(100) < 4) {
                        inTime(q, from, q.last(), checklist, notApplicable);
                    }
                } else if (p < 90) {
                    LocalDate date = day(from.isAfter(q.last().minusDays(25)) ? from : q.last().minusDays(25), q.last());
                    LocalDate done = q.last().plusDays(1 + r.nextInt(45));
                    if (done.isAfter(yesterday)) {
                        check(date, null, checklist, notApplicable, true);
                    } else {
                        check(date, at(done, 14, 19), checklist, notApplicable, false);
                    }
                } else if (p < 93) {
                    check(day(from, q.last()), null, checklist, notApplicable, r.nextBoolean());
                }
            } else {
                int p = r.nextInt(100);
                LocalDate last = q.last().isBefore(yesterday) ? q.last() : yesterday;
                if (p < 62) {
                    inTime(q, from, last, checklist, notApplicable);
                } else if (p < 82) {
                    LocalDate date = day(from, q.last());
                    check(date, null, checklist, notApplicable, date.isBefore(today) && r.nextBoolean());
                }
            }
        }

        private void inTime(Quarter q, LocalDate from, LocalDate last, List<Catalogue.Item> checklist, Set<Long> notApplicable) {
            LocalDate date = day(from, last);
            LocalDate done = date.plusDays(r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2));
            if (done.isAfter(last)) {
                done = last;
            }
            check(date, at(done, 14, 19), checklist, notApplicable, false);
        }

        /** A check dated {@code date}; completed at {@code completedAt} (null: planned, {@code partly} recorded). */
        private void check(LocalDate date, Instant completedAt, List<Catalogue.Item> checklist, Set<Long> notApplicable,
                           boolean partly) {
            long id = ++ids.check;
            Instant created = at(date.minusDays(1 + r.nextInt(14)), 9, 17);
            if (!created.isAfter(registeredAt)) {
                created = registeredAt.plus(2, ChronoUnit.HOURS);
            }
            Instant start = at(date, 9, 11);
            if (!start.isAfter(created)) {
                start = created.plus(1, ChronoUnit.HOURS);
            }
            if (completedAt != null && !completedAt.isAfter(start)) {
                completedAt = start.plus(3, ChronoUnit.HOURS);
            }
            if (completedAt != null && !completedAt.isBefore(end)) {
                completedAt = null;
            }
            List<ParticipantRow> present = new ArrayList<>();
            for (long person : members.stream().distinct().toList()) {
                PersonRow p = people.stream().filter(x -> x.id() == person).findFirst().orElseThrow();
                boolean always = manager.equals(p.username());
                if (always || r.nextInt(100) < 75) {
                    Instant confirmed = null;
                    if (completedAt != null && p.username() != null && r.nextInt(100) < 85) {
                        confirmed = before(completedAt.plus(r.nextInt(48 * 60), ChronoUnit.MINUTES));
                    }
                    present.add(new ParticipantRow(person, created, manager, confirmed, confirmed == null ? null : p.username()));
                }
            }
            List<ResultRow> results = new ArrayList<>();
            int recorded = completedAt != null ? checklist.size() : partly ? checklist.size() / 2 : 0;
            double lambda = 1.0;
            int hazardCount = completedAt == null ? 0 : poisson(lambda);
            List<Catalogue.Item> candidates = checklist.stream().filter(i -> !notApplicable.contains(i.id())).toList();
            Set<Long> hazardItems = new HashSet<>();
            while (hazardItems.size() < Math.min(hazardCount, candidates.size())) {
                hazardItems.add(candidates.get(r.nextInt(candidates.size())).id());
            }
            for (int i = 0; i < checklist.size(); i++) {
                Catalogue.Item item = checklist.get(i);
                long resultId = ++ids.result;
                if (i >= recorded) {
                    results.add(new ResultRow(resultId, item, null, null, null, null, null));
                    continue;
                }
                Instant at = start.plus(3L * i + r.nextInt(3), ChronoUnit.MINUTES);
                if (notApplicable.contains(item.id())) {
                    results.add(new ResultRow(resultId, item, "NOT_APPLICABLE", "本企业不涉及该项所列设施或作业", null, at, manager));
                } else if (hazardItems.contains(item.id())) {
                    String description = Hazards.description(r, item);
                    results.add(new ResultRow(resultId, item, "HAZARD", null, description, at, manager));
                    pendingHazards.add(new PendingHazard(HazardSource.SELF_CHECK, id, resultId, item, description, date,
                            null, completedAt));
                } else {
                    results.add(new ResultRow(resultId, item, "COMPLIANT", null, null, at, manager));
                }
            }
            long principal = principalOn(date);
            checks.add(new CheckRow(id, date, SCOPES[r.nextInt(SCOPES.length)], principal, null, null, completedAt,
                    completedAt == null ? null : manager, created, manager, present, results));
        }

        private long principalOn(LocalDate date) {
            return terms.stream().filter(t -> t.role() == OrgRole.PRINCIPAL && !t.start().isAfter(date)
                    && (t.end() == null || !t.end().isBefore(date))).findFirst().orElseThrow().personId();
        }

        /** The principal confirms, himself, that he attended one completed check of most years (R5). */
        private void attendance() {
            for (int year = first.year(); year <= current.year(); year++) {
                int y = year;
                List<Integer> completed = new ArrayList<>();
                for (int i = 0; i < checks.size(); i++) {
                    if (checks.get(i).completed() && checks.get(i).date().getYear() == y) {
                        completed.add(i);
                    }
                }
                if (completed.isEmpty() || r.nextInt(100) >= (year < current.year() ? 90 : 82)) {
                    continue;
                }
                int attendedChecks = r.nextInt(100) < 15 && completed.size() > 1 ? 2 : 1;
                for (int k = 0; k < attendedChecks; k++) {
                    int i = completed.get(r.nextInt(completed.size()));
                    CheckRow c = checks.get(i);
                    Instant confirmed = r.nextInt(100) < 2
                            ? at(LocalDate.of(y + 1, 1, 5 + r.nextInt(15)), 9, 17)
                            : c.completedAt().plus(10 + r.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
                    if (c.principalConfirmedAt() != null || !confirmed.isBefore(end)) {
                        continue;
                    }
                    checks.set(i, new CheckRow(c.id(), c.date(), c.scope(), c.principalPersonId(), confirmed,
                            principalLogin, c.completedAt(), c.completedBy(), c.createdAt(), c.createdBy(), c.participants(),
                            c.results()));
                }
            }
        }

        // ---- hazards (section 八) --------------------------------------------------------------------------------

        /** A hazard to be: what the register records, before its remediation is drawn. */
        private record PendingHazard(HazardSource source, Long checkId, Long resultId, Catalogue.Item item,
                                     String description, LocalDate foundOn, String foundBy, Instant createdAt) {
        }

        private void otherHazards(List<Catalogue.Item> checklist, Province.County county) {
            LocalDate from = onboarded.plusDays(7);
            if (!from.isBefore(today)) {
                return;
            }
            int daily = poisson(2.0), bureauFound = poisson(0.5);
            for (int i = 0; i < daily + bureauFound; i++) {
                boolean byBureau = i >= daily;
                Catalogue.Item item = checklist.get(r.nextInt(checklist.size()));
                LocalDate found = day(from, today.minusDays(1));
                Instant created = before(at(found, 9, 18).plus(r.nextInt(2), ChronoUnit.DAYS));
                String foundBy = byBureau ? Province.bureauName(county.code()) + "执法检查" : Names.person(r) + "（日常巡查）";
                pendingHazards.add(new PendingHazard(byBureau ? HazardSource.BUREAU : HazardSource.DAILY, null, null, item,
                        Hazards.description(r, item), found, foundBy, created));
            }
        }

        /** The hazard's remediation, drawn in full and cut at the end of the data: what happened by then is its history. */
        private HazardRow remediate(PendingHazard p) {
            long id = ++ids.hazard;
            List<Version> versions = new ArrayList<>();
            List<UpdateRow> updates = new ArrayList<>();
            List<ExtensionRow> extensions = new ArrayList<>();
            Instant t0 = p.createdAt();
            versions.add(new Version(0, t0, manager, HazardState.PENDING, false, null, null));
            LocalDate deadline = p.foundOn().plusDays(30 + r.nextInt(121));
            // a plan saved as a draft without its funds: only recently recorded hazards still wait for theirs
            boolean withoutFunds = r.nextInt(100) < 25 && Duration.between(t0, end).toDays() < 45;
            Plan plan = Hazards.plan(r, p.item(), people.get(r.nextInt(people.size())).name(), deadline, withoutFunds);
            Instant t1 = t0.plus(1 + r.nextInt(7 * 24), ChronoUnit.HOURS);
            if (t1.isBefore(end)) {
                versions.add(new Version(1, t1, manager, HazardState.PENDING, true, null, null));
                Instant t2 = t1.plus(2 + r.nextInt(10 * 24), ChronoUnit.HOURS);
                if (!withoutFunds && t2.isBefore(end)) {
                    remediation(t2, deadline, versions, updates, extensions);
                }
            }
            return new HazardRow(id, p.source(), p.checkId(), p.resultId(), p.item(), p.description(), p.foundOn(),
                    p.foundBy(), t0, manager, plan, List.copyOf(versions), List.copyOf(extensions), List.copyOf(updates));
        }

        private void remediation(Instant t2, LocalDate deadline, List<Version> versions, List<UpdateRow> updates,
                                 List<ExtensionRow> extensions) {
            step(versions, updates, t2, manager, HazardState.IN_PROGRESS, "STARTED", "按整改方案开始整改");
            Instant due = deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
            long span = Math.max(Duration.between(t2, due).toHours(), 24);
            // most finish before the deadline; some overrun it (most of those ask for more time), a few stall
            int p = r.nextInt(1000);
            boolean stalled = p < 15, overrun = p < 125;
            Instant t3 = stalled ? end.plus(365, ChronoUnit.DAYS) : overrun ? due.plus(5 + r.nextInt(180), ChronoUnit.DAYS)
                    : t2.plus((long) (span * (0.25 + 0.7 * r.nextDouble())), ChronoUnit.HOURS);
            if (overrun && !stalled && r.nextInt(100) < 60) {
                Instant requested = due.minus(1 + r.nextInt(10), ChronoUnit.DAYS);
                if (requested.isAfter(t2) && requested.isBefore(end)) {
                    Instant decided = requested.plus(4 + r.nextInt(68), ChronoUnit.HOURS);
                    boolean approve = r.nextInt(100) < 85;
                    boolean open = !decided.isBefore(end);
                    extensions.add(new ExtensionRow(++ids.extension, deadline, deadline.plusDays(20 + r.nextInt(71)),
                            "设备采购周期长，需停产检修窗口", open ? "PENDING" : approve ? "APPROVED" : "REFUSED", requested,
                            manager, open ? null : decided, open ? null : principalLogin,
                            open ? null : approve ? "同意延期，落实临时管控措施" : "不同意延期，按原期限完成"));
                }
            }
            List<Instant> notes = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                notes.add(t2.plus((long) (Duration.between(t2, t3).toMinutes() * r.nextDouble()), ChronoUnit.MINUTES));
            }
            notes.sort(Comparator.naturalOrder());
            for (Instant at : notes) {
                if (at.isBefore(end)) {
                    updates.add(new UpdateRow(++ids.update, "PROGRESS", "整改进展：已完成" + (30 + r.nextInt(60)) + "%", at, manager));
                }
            }
            if (!step(versions, updates, t3, manager, HazardState.TO_VERIFY, "SUBMITTED", "整改完成，申请复查")) {
                return;
            }
            // 复查 waits for the group: a day to a month
            Instant t4 = t3.plus(24 + r.nextInt(30 * 24), ChronoUnit.HOURS);
            if (r.nextInt(100) < 4) {
                if (!step(versions, updates, t4, member, HazardState.IN_PROGRESS, "REJECTED", "复查不合格，继续整改")) {
                    return;
                }
                Instant t5 = t4.plus(3 + r.nextInt(13), ChronoUnit.DAYS);
                if (!step(versions, updates, t5, manager, HazardState.TO_VERIFY, "SUBMITTED", "再次整改完成，申请复查")) {
                    return;
                }
                t4 = t5.plus(24 + r.nextInt(14 * 24), ChronoUnit.HOURS);
            }
            step(versions, updates, t4, member, HazardState.CLOSED, "VERIFIED", "复查合格，同意销号");
        }

        /** A state change at {@code at} if it is before the end of the data; false if not. */
        private boolean step(List<Version> versions, List<UpdateRow> updates, Instant at, String by, HazardState state,
                             String kind, String text) {
            if (!at.isBefore(end)) {
                return false;
            }
            Version before = versions.get(versions.size() - 1);
            LocalDate day = LocalDate.ofInstant(at, ZONE);
            versions.add(new Version(before.number() + 1, at, by, state, true,
                    state == HazardState.TO_VERIFY ? day : before.submittedOn(), state == HazardState.CLOSED ? day : null));
            updates.add(new UpdateRow(++ids.update, kind, text, at, by));
            return true;
        }

        // ---- reports (R4) ---------------------------------------------------------------------------------------

        private void quarterReports(Quarter q) {
            if (q.last().isBefore(onboarded)) {
                return;
            }
            LocalDate due = q.reportDeadline();
            int p = r.nextInt(100);
            if (p >= 96) {
                return;
            }
            Instant prepared = at(q.last().plusDays(1 + r.nextInt(Math.max(1, due.getDayOfMonth() - 2))), 9, 17);
            Instant submitted = p < 95 ? prepared.plus(10 + r.nextInt(48 * 60), ChronoUnit.MINUTES) : null;
            Instant signed = null;
            if (p < 86) {
                Instant dueEnd = due.plusDays(1).atStartOfDay(ZONE).toInstant();
                signed = submitted.plus(30 + r.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
                if (!signed.isBefore(dueEnd)) {
                    signed = dueEnd.minus(1 + r.nextInt(120), ChronoUnit.MINUTES);
                }
            } else if (p < 93) {
                signed = at(due.plusDays(1 + r.nextInt(40)), 9, 18);
            }
            if (signed != null && !signed.isBefore(end)) {
                signed = null;
            }
            if (submitted != null && !submitted.isBefore(end) || !prepared.isBefore(end)) {
                return;
            }
            String status = signed != null ? "SIGNED" : submitted != null ? "SUBMITTED" : "DRAFT";
            ReportRow first = report(q, 1, null, null, status, prepared, submitted, signed);
            reports.add(first);
            if (signed != null && r.nextInt(100) < 1) {
                Instant again = signed.plus(3 + r.nextInt(20), ChronoUnit.DAYS);
                if (again.plus(2, ChronoUnit.HOURS).isBefore(end)) {
                    reports.add(report(q, 2, first.id(), "更正隐患整改状态及统计数据", "SIGNED", again,
                            again.plus(20, ChronoUnit.MINUTES), again.plus(2, ChronoUnit.HOURS)));
                }
            }
        }

        private ReportRow report(Quarter q, int version, Long corrects, String note, String status, Instant prepared,
                                 Instant submitted, Instant signed) {
            LocalDate signDay = signed == null ? null : LocalDate.ofInstant(signed, ZONE);
            return new ReportRow(++ids.report, q.toString(), version, corrects, note, status, prepared, manager, submitted,
                    submitted == null ? null : manager, signed, signed == null ? null : principalLogin,
                    signed == null ? null : company.principalOn(signDay).name(),
                    signed == null ? null : signed.minus(10 + r.nextInt(110), ChronoUnit.SECONDS));
        }

        // ---- filings (R4, R6) ------------------------------------------------------------------------------------

        private void fileAll() {
            for (ReportRow report : reports) {
                if (report.signed()) {
                    file(FilingEvent.REPORT_SIGNED, "REPORT_SIGNED:" + report.id(), report, null, null, null,
                            report.signedAt(), principalLogin);
                }
            }
            for (HazardRow h : hazards) {
                file(FilingEvent.HAZARD_RECORDED, "HAZARD_RECORDED:" + h.id(), null, h, h.versions().get(0), null,
                        h.createdAt(), h.createdBy());
                if (h.plan().complete() && h.versions().size() > 1) {
                    Version described = h.versions().get(1);
                    file(FilingEvent.PLAN_COMPLETE, "PLAN_COMPLETE:" + h.id(), null, h, described, null, described.at(),
                            described.by());
                }
                for (ExtensionRow e : h.extensions()) {
                    if ("APPROVED".equals(e.decision())) {
                        file(FilingEvent.EXTENSION_APPROVED, "EXTENSION_APPROVED:" + e.id(), null, h, h.at(e.decidedAt()),
                                e, e.decidedAt(), e.decidedBy());
                    }
                }
                if (h.last().state() == HazardState.CLOSED) {
                    file(FilingEvent.HAZARD_CLOSED, "HAZARD_CLOSED:" + h.id(), null, h, h.last(), null, h.last().at(),
                            h.last().by());
                }
            }
        }

        /** FilingRecorder: routed to the most specific bureau, filed only if it wants the kind; then its delivery. */
        private void file(FilingEvent event, String cause, ReportRow report, HazardRow hazard, Version version,
                          ExtensionRow extension, Instant at, String by) {
            if (bureau == null || !bureau.wants().contains(event.kind())) {
                return;
            }
            UUID id = new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
            long age = Duration.between(at, end).toHours();
            int p = r.nextInt(1000);
            String status;
            if (age < 48 && p < 100) {
                status = "RETRYING";
            } else if (age < 48 && p < 150) {
                status = "PENDING";
            } else if (p < 2) {
                status = "FAILED";
            } else {
                status = "DELIVERED";
            }
            int attempts;
            Instant next = null, receiptAt = null, deliveredAt = null, updated, reviewedAt = null;
            String error = null, receiptNo = null, reviewedBy = null;
            switch (status) {
                case "DELIVERED" -> {
                    attempts = r.nextInt(100) < 97 ? 1 : 2 + r.nextInt(2);
                    receiptAt = before(at.plus((attempts - 1) * 60L + 1 + r.nextInt(30), ChronoUnit.SECONDS));
                    deliveredAt = before(receiptAt.plusMillis(20 + r.nextInt(200)));
                    updated = deliveredAt;
                    receiptNo = "RC" + DAY.format(receiptAt) + "-" + String.format("%08d", ++ids.receipt);
                    if (Duration.between(receiptAt, end).toDays() > 20 && r.nextInt(100) < 70) {
                        reviewedAt = receiptAt.plus(1 + r.nextInt(20 * 24), ChronoUnit.HOURS);
                        reviewedBy = "bm-officer-" + company.regionCode();
                    }
                }
                case "FAILED" -> {
                    attempts = 8;
                    error = "HTTP 503 from the bureau's intake";
                    updated = before(at.plus(6, ChronoUnit.HOURS));
                }
                case "RETRYING" -> {
                    attempts = 1 + r.nextInt(4);
                    error = "connect timed out";
                    updated = before(at.plus(attempts * 2L, ChronoUnit.MINUTES));
                    next = end.plus(1 + r.nextInt(30), ChronoUnit.MINUTES);
                }
                default -> {
                    attempts = 0;
                    next = at;
                    updated = at;
                }
            }
            filings.add(new CompanyData.FilingRow(id, event, cause, report, hazard, version, extension, bureau.id(),
                    bureau.name(), at, by, status, attempts, next, error, receiptNo, receiptAt, deliveredAt, updated,
                    reviewedAt, reviewedBy));
        }

        // ---- time and draws --------------------------------------------------------------------------------------

        /** An instant on the day in China between the hours {@code from} and {@code to}, to the second. */
        private Instant at(LocalDate day, int from, int to) {
            return day.atStartOfDay(ZONE).toInstant().plusSeconds(from * 3600L + r.nextInt((to - from) * 3600));
        }

        /** The instant, or just before the end of the data if it would be after it. */
        private Instant before(Instant instant) {
            return instant.isBefore(end) ? instant : end.minusSeconds(1 + r.nextInt(600));
        }

        private LocalDate day(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
        }

        private int poisson(double lambda) {
            double l = Math.exp(-lambda), p = 1;
            int k = 0;
            do {
                k++;
                p *= r.nextDouble();
            } while (p > l);
            return k - 1;
        }
    }

    private static Quarter quarterAfter(Quarter q, int n) {
        Quarter result = q;
        for (int i = 0; i < n; i++) {
            result = result.next();
        }
        return result;
    }
}
