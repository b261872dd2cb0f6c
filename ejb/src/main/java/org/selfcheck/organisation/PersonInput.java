package org.selfcheck.organisation;

/** A person as entered in a form or sent to the API, not yet validated; {@code expectedVersion} guards updates. */
public record PersonInput(String name, String position, String phone, String username, Boolean external,
                          String employer, Long expectedVersion) {
}
