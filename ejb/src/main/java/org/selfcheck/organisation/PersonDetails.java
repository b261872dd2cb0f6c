package org.selfcheck.organisation;

/**
 * A person of the company's self-check organisation.
 *
 * @param username the person's login (Keycloak username), null if he does not log in
 * @param external whether he comes from outside the company (e.g. an engineer contracted from a firm)
 * @param employer the firm an external person works for
 */
public record PersonDetails(long id, String name, String position, String phone, String username, boolean external,
                            String employer, long version) {
}
