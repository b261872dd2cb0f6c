package org.selfcheck.runtime;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** Whether this node can serve: the database answers and the Camel routes run. */
@Stateless
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @EJB
    CamelBootstrap camel;

    public Map<String, Boolean> check() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers());
        checks.put("camel", camel.isStarted());
        return checks;
    }

    private boolean databaseAnswers() {
        try {
            return ((Number) em.createNativeQuery("SELECT 1").getSingleResult()).intValue() == 1;
        } catch (jakarta.persistence.PersistenceException e) {
            return false;
        }
    }
}
