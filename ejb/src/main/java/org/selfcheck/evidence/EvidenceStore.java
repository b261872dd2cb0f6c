package org.selfcheck.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.selfcheck.shared.Texts;

import java.time.Instant;

/**
 * Stores photos checked by {@link Photos} (nothing is stored for a bad file), with their thumbnails, in the
 * {@link EvidenceRepository}; joins the caller's transaction.
 */
@ApplicationScoped
public class EvidenceStore {

    static final int THUMBNAIL_SIDE = 240;

    @Inject
    EvidenceRepository files;

    public EvidenceFile store(long companyId, byte[] data, String contentType, String fileName, String actor, Instant now) {
        CheckedPhoto photo = Photos.check(data, contentType, fileName);
        String name = Texts.clean(fileName);
        if (name != null && name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return files.add(new EvidenceFile(companyId, photo, name, data, Photos.thumbnail(data, THUMBNAIL_SIDE), actor, now));
    }
}
