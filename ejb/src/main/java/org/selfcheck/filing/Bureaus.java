package org.selfcheck.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The bureau directory as stored, for whoever routes by it (in the caller's transaction, without a role check). */
@ApplicationScoped
public class Bureaus {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Every bureau, active or not, by jurisdiction: {@link BureauRouting} takes only the active ones. */
    public List<BureauEntry> all() {
        return em.createQuery("SELECT b FROM Bureau b ORDER BY b.jurisdiction", Bureau.class).getResultStream()
                .map(Bureau::toEntry).toList();
    }
}
