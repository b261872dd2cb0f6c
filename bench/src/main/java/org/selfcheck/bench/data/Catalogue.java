package org.selfcheck.bench.data;

import org.selfcheck.catalogue.Applicability;
import org.selfcheck.catalogue.ItemLine;
import org.selfcheck.catalogue.StandardFile;
import org.selfcheck.catalogue.StandardFileParser;
import org.selfcheck.company.SpecialField;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checklist items the generated checks use: the current revision of each judgment standard, with the ids the
 * database gives them. Read from the database when the portal (or an earlier load) seeded the catalogue; otherwise the
 * loader seeds it from the same files the portal's {@code CatalogueSeeder} reads ({@code catalogue/index.txt} in the
 * ejb jar), as revision 1 of each, exactly as the portal would, and {@link #seeded()} says which ids that gives in an
 * empty database (what the unit tests generate with).
 */
final class Catalogue {

    /** An item of a current revision, with its revision's scope. */
    record Item(long id, long revisionId, String standardCode, int ordinal, String article, String subject, String itemNo,
                String text, Applicability applicability, Applicability scope) {

        /** How the item is cited (CatalogueItemDetails.reference): GM10-2023 第十一条(三). */
        String reference() {
            return standardCode + " " + article + itemNo;
        }

        /** A finding's wording: the item's own text, or where it is still missing (原文待核实) the article's subject. */
        String finding() {
            return text != null ? text : subject + article + itemNo + "所列情形";
        }
    }

    /** A standard file as the seeder stores it: the file and its resource name (kept as the revision's note). */
    record Seed(StandardFile file, String resource) {
    }

    private final List<Item> items;
    /** Checklists by industry and fields: a few dozen combinations, each worked out once. */
    private final java.util.Map<String, List<Item>> checklists = new java.util.concurrent.ConcurrentHashMap<>();

    Catalogue(List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the catalogue has no items");
        }
        this.items = List.copyOf(items);
    }

    /** The standard files the portal seeds at start-up, in the order of its index. */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (String resource : StandardFileParser.index(StandardFileParser.read(StandardFileParser.INDEX))) {
            seeds.add(new Seed(StandardFileParser.load("catalogue/" + resource), resource));
        }
        return seeds;
    }

    /** The catalogue as seeded into an empty database: revisions and items numbered from 1 in seeding order. */
    static Catalogue seeded() {
        List<Item> items = new ArrayList<>();
        long revision = 0;
        for (Seed s : seeds()) {
            revision++;
            for (ItemLine line : s.file().items()) {
                items.add(new Item(items.size() + 1, revision, s.file().code(), line.ordinal(), line.article(),
                        line.subject(), line.itemNo(), line.text(), line.applicability(), s.file().scope()));
            }
        }
        return new Catalogue(items);
    }

    List<Item> items() {
        return items;
    }

    /** CatalogueService.checklist: the items of the current revisions that apply to the company, in catalogue order. */
    List<Item> checklist(String industryCode, Set<SpecialField> fields) {
        return checklists.computeIfAbsent(industryCode + new java.util.TreeSet<>(fields), k -> items.stream().filter(i -> i.scope().appliesTo(industryCode, fields)
                && i.applicability().appliesTo(industryCode, fields)).toList());
    }
}
