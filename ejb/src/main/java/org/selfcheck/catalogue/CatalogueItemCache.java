package org.selfcheck.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue's items by id, as details, kept once read. An item and its revision are only ever inserted (a change
 * of the standards is a new revision; V18's triggers refuse anything else), so what one node keeps is what every node
 * reads, and a node that dies takes
 * nothing with it; the map is bounded by the catalogue, a few hundred items. Measured by the benchmark (issue 16): two
 * of the eight queries of a hazard ledger, and of a hazard's page.
 */
@ApplicationScoped
public class CatalogueItemCache {

    private final Map<Long, CatalogueItemDetails> byId = new ConcurrentHashMap<>();

    @Inject
    CatalogueRepository catalogue;

    /** The stored items among these ids, in catalogue order; an unknown id has none. */
    public List<CatalogueItemDetails> byId(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<Long, CatalogueRevision> revisions = new HashMap<>();
            for (CatalogueItem i : catalogue.items(missing)) {
                byId.putIfAbsent(i.id(), i.toDetails(revisions.computeIfAbsent(i.revisionId(),
                        r -> catalogue.revision(r).orElseThrow())));
            }
        }
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(CatalogueItemDetails::ordinal)).toList();
    }
}
