package org.selfcheck.api.organisation;

/** A person of the company; {@code version} (from a previous GET) guards against lost updates. */
public record PersonRequest(String name, String position, String phone, String username, Boolean external,
                            String employer, Long version) {
}
