package org.selfcheck.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Evidence files in PostgreSQL: stored once, found by id; joins the caller's transaction. */
@ApplicationScoped
public class EvidenceRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Stores a new file and writes it at once, so that it has its id. */
    public EvidenceFile add(EvidenceFile file) {
        em.persist(file);
        em.flush();
        return file;
    }

    public Optional<EvidenceFile> find(long id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id));
    }
}
