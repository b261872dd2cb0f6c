package org.selfcheck.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.shared.Texts;

import java.time.Instant;
import java.util.Optional;

/** Stores photos checked by {@link Photos} (nothing is stored for a bad file) and finds them by id; joins the caller's transaction. */
@ApplicationScoped
public class EvidenceStore {

    static final int THUMBNAIL_SIDE = 240;

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public EvidenceFile store(long companyId, byte[] data, String contentType, String fileName, String actor, Instant now) {
        CheckedPhoto photo = Photos.check(data, contentType, fileName);
        String name = Texts.clean(fileName);
        if (name != null && name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        EvidenceFile file = new EvidenceFile(companyId, photo, name, data, Photos.thumbnail(data, THUMBNAIL_SIDE), actor, now);
        em.persist(file);
        em.flush();
        return file;
    }

    public Optional<EvidenceFile> find(long id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id));
    }
}
