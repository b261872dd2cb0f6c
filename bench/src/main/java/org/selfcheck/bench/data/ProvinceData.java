package org.selfcheck.bench.data;

import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.FilingKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A province's worth of generated data (issue 16): {@code companies} companies of province 33 spread over its counties,
 * each with its organisation, eight quarters of checks ending with the as-of date's quarter, about ten major hazards,
 * reports on the past quarters and their filings, as of {@code asOf} (never the system clock), from {@code seed}.
 * The same seed, scale, as-of date, catalogue and bureau directory give the same rows, byte for byte.
 *
 * <p>Nothing is held for the whole province: each table is written by a pass over the companies, which are drawn
 * again, one at a time, for every pass ({@link #write}); a pass costs a few seconds per 100,000 companies, and memory
 * stays that of one company.
 *
 * @param directory the bureaus filings are routed to (BureauRouting: the most specific active one for the site)
 */
record ProvinceData(long seed, int companies, LocalDate asOf, Catalogue catalogue, List<BureauEntry> directory) {

    static final long DEFAULT_SEED = 2026;
    static final int DEFAULT_COMPANIES = 100_000;
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 12, 1);

    ProvinceData {
        if (companies < 1) {
            throw new IllegalArgumentException("at least one company: " + companies);
        }
        directory = List.copyOf(directory);
    }

    /** The jurisdictions of the directory the loader keeps: the province, its cities and its counties. */
    static List<String> jurisdictions() {
        List<String> all = new ArrayList<>(List.of(Province.CODE));
        Province.CITIES.forEach(c -> all.add(c.code()));
        Province.COUNTY_LIST.forEach(c -> all.add(c.code()));
        return all;
    }

    /**
     * The directory as the loader creates it in an empty bureau table: ids from 1 in {@link #jurisdictions} order, every
     * bureau at the given intake and wanting the given kinds.
     */
    static List<BureauEntry> plannedDirectory(String intakeUrl, String keysUrl, Set<FilingKind> wants) {
        List<BureauEntry> entries = new ArrayList<>();
        for (String j : jurisdictions()) {
            entries.add(new BureauEntry(entries.size() + 1, Province.bureauName(j), j, intakeUrl, keysUrl, "HTTP", null,
                    wants, true, 0));
        }
        return entries;
    }

    /** The first instant after the data: the as-of date's midnight in China. */
    Instant end() {
        return generator().end();
    }

    /** Writes the table's rows for every company, in company order. */
    long write(Table table, CopyRows out) {
        each(c -> table.write(c, out));
        return out.rows();
    }

    /**
     * Writes the rows of several tables (one pass of {@link Table#passes()}), each to its own output; the counters
     * after the last company (the receipts' last number among them).
     */
    CompanyGenerator.Ids write(List<Table> tables, List<CopyRows> outs) {
        return each(c -> {
            for (int i = 0; i < tables.size(); i++) {
                tables.get(i).write(c, outs.get(i));
            }
        });
    }

    /** Draws every company in order and hands it over; the same companies each time. */
    CompanyGenerator.Ids each(Consumer<CompanyData> action) {
        CompanyGenerator generator = generator();
        CompanyGenerator.Ids ids = new CompanyGenerator.Ids();
        for (int i = 0; i < companies; i++) {
            action.accept(generator.company(i, ids));
        }
        return ids;
    }

    CompanyGenerator generator() {
        return new CompanyGenerator(seed, asOf, catalogue, directory);
    }
}
