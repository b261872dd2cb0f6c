package org.selfcheck.api.inspection;

import java.util.List;

/** The people (ids) present at a check. */
public record ParticipantsRequest(List<Long> personIds) {
}
