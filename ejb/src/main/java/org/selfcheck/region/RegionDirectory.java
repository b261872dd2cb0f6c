package org.selfcheck.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The divisions of GB/T 2260 by code, read from the database once per node (a few thousand rows that change only when
 * a node starts with a new data package, RegionDatasetLoader): names for every page and picker, and the check that a
 * code names a division in use.
 */
@ApplicationScoped
public class RegionDirectory {

    /** The package's names for a level that is not a prefecture, left out of full names (北京市东城区, not 北京市市辖区东城区). */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    @Inject
    RegionRepository repository;

    private volatile Index index;

    private record Index(Map<String, Region> byCode, Map<String, List<Region>> children, Map<String, String> countyByName) {
    }

    /** The data package and version the directory was loaded from, and when. */
    public Optional<LoadedDataset> dataset() {
        return repository.newest().stream().findFirst();
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(index().byCode().get(code));
    }

    /** The full name (浙江省杭州市西湖区) of a site or jurisdiction; a code the directory does not know, as it is. */
    public String fullName(String code) {
        return find(code).map(Region::fullName).orElse(code == null ? "" : code);
    }

    /** The division's own name (西湖区); a code the directory does not know, as it is. */
    public String name(String code) {
        return find(code).map(Region::name).orElse(code == null ? "" : code);
    }

    /** The divisions in use within {@code parentCode} (the provinces for none), by code. */
    public List<Region> children(String parentCode) {
        return index().children().getOrDefault(parentCode == null ? "" : parentCode, List.of());
    }

    /**
     * Divisions in use whose code starts with {@code query} (digits) or whose full name holds every word of it (杭州 西湖),
     * at the levels asked for and within {@code within} (a code prefix, or none for all), by code, at most {@code limit}.
     */
    public List<Region> search(String query, Set<Integer> levels, String within, int limit) {
        String q = query == null ? "" : query.strip();
        List<String> words = q.isEmpty() ? List.of() : List.of(q.split("\\s+"));
        List<Region> found = new ArrayList<>();
        for (Region r : index().byCode().values()) {
            if (found.size() >= limit) {
                break;
            }
            if (r.current() && levels.contains(r.level()) && (within == null || r.code().startsWith(within))
                    && (q.chars().allMatch(Character::isDigit) && !q.isEmpty()
                        ? r.code().startsWith(q) : words.stream().allMatch(r.fullName()::contains))) {
                found.add(r);
            }
        }
        return found;
    }

    /** The code of the county in use whose full name (浙江省杭州市西湖区) this is, as a person types a site. */
    public Optional<String> countyByFullName(String fullName) {
        return fullName == null ? Optional.empty() : Optional.ofNullable(index().countyByName().get(fullName.strip()));
    }

    /** Whether a production site may be registered at {@code code}: a county-level division in use. */
    public boolean isCounty(String code) {
        return find(code).filter(r -> r.current() && r.isCounty()).isPresent();
    }

    /** Whether {@code prefix} names a division in use at any level: what a bureau's jurisdiction may be. */
    public boolean isDivision(String prefix) {
        return find(prefix).filter(Region::current).isPresent();
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = build(repository.all());
                    index = i;
                }
            }
        }
        return i;
    }

    /** Rows come ordered by code, so a parent precedes its divisions. */
    static Index build(List<RegionRepository.Row> rows) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, List<Region>> children = new LinkedHashMap<>();
        for (RegionRepository.Row row : rows) {
            Region parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
            String prefix = parent == null ? "" : PLACEHOLDERS.contains(parent.name()) ? parentOf(parent, byCode) : parent.fullName();
            Region region = new Region(row.code(), row.name(), prefix + row.name(), row.parentCode(), row.current());
            byCode.put(region.code(), region);
            if (region.current()) {
                children.computeIfAbsent(row.parentCode() == null ? "" : row.parentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        Map<String, String> counties = new java.util.HashMap<>();
        byCode.values().stream().filter(r -> r.current() && r.isCounty()).forEach(r -> counties.putIfAbsent(r.fullName(), r.code()));
        return new Index(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(children),
                Collections.unmodifiableMap(counties));
    }

    private static String parentOf(Region placeholder, Map<String, Region> byCode) {
        Region up = byCode.get(placeholder.parentCode());
        return up == null ? "" : up.fullName();
    }
}
