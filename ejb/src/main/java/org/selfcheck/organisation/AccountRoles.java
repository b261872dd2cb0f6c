package org.selfcheck.organisation;

/**
 * What a person with a login is in the organisation on a day, as far as his account's roles go.
 *
 * @param groupMember a member of the inspection group, or its designated leader
 */
public record AccountRoles(long personId, String username, boolean principal, boolean groupMember) {
}
