package org.selfcheck.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.region.data.RegionDataset;
import org.selfcheck.shared.JsonP;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The region directory's tables (V19); joins the caller's transaction. */
@ApplicationScoped
public class RegionRepository {

    /** A stored division and whether the newest dataset lists it. */
    public record Row(String code, String name, String parentCode, boolean current) {
    }

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Serialises loads of the directory across nodes until the transaction ends. */
    public void lock() {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext('region_dataset')) AS text)").getSingleResult();
    }

    public boolean isLoaded(String packageName, String version) {
        return !em.createNativeQuery("SELECT 1 FROM region_dataset WHERE package = ?1 AND version = ?2")
                .setParameter(1, packageName).setParameter(2, version).getResultList().isEmpty();
    }

    /**
     * Records the dataset and writes its divisions in one statement: new codes are added, known ones take the
     * dataset's name and parent, and codes it no longer lists keep their older dataset (abolished).
     */
    public void store(RegionDataset dataset, Instant now) {
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO region_dataset (package, version, sha512, divisions, loaded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id""")
                .setParameter(1, dataset.packageName()).setParameter(2, dataset.version())
                .setParameter(3, dataset.sha512()).setParameter(4, dataset.divisions().size())
                .setParameter(5, Timestamp.from(now)).getSingleResult()).longValue();
        JsonArrayBuilder rows = JsonP.PROVIDER.createArrayBuilder();
        for (RegionDataset.Division d : dataset.divisions()) {
            var row = JsonP.PROVIDER.createObjectBuilder().add("code", d.code()).add("name", d.name());
            rows.add(d.parentCode() == null ? row.addNull("parent") : row.add("parent", d.parentCode()));
        }
        // a division's parent may come in the same statement: PostgreSQL checks the foreign key at its end
        em.createNativeQuery("""
                        INSERT INTO region (code, name, parent_code, dataset_id)
                        SELECT code, name, parent, ?2 FROM jsonb_to_recordset(CAST(?1 AS jsonb))
                                AS r(code varchar, name varchar, parent varchar)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code,
                                                         dataset_id = EXCLUDED.dataset_id""")
                .setParameter(1, rows.build().toString()).setParameter(2, id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Row> all() {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT code, name, parent_code, dataset_id = (SELECT max(id) FROM region_dataset) AS current
                          FROM region ORDER BY code""", Tuple.class).getResultList();
        return rows.stream().map(t -> new Row(t.get("code", String.class), t.get("name", String.class),
                t.get("parent_code", String.class), t.get("current", Boolean.class))).toList();
    }

    /** The dataset the directory shows now. */
    @SuppressWarnings("unchecked")
    public List<LoadedDataset> newest() {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT package, version, divisions, loaded_at FROM region_dataset ORDER BY id DESC LIMIT 1""",
                Tuple.class).getResultList();
        return rows.stream().map(t -> new LoadedDataset(t.get("package", String.class), t.get("version", String.class),
                t.get("divisions", Number.class).intValue(), org.selfcheck.shared.persistence.Sql.instant(t.get("loaded_at"))))
                .toList();
    }
}
