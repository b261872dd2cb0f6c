package org.selfcheck.organisation;

/**
 * What the caller may change in his company's organisation, so pages offer only what the service allows.
 *
 * @param keepPeople appoint principal and leadership, edit people (safety manager)
 * @param appoint    designate the leader (the principal himself)
 * @param keepGroup  form and maintain the group and record reasons (safety manager or designated leader)
 */
public record Permissions(boolean keepPeople, boolean appoint, boolean keepGroup) {

    public static final Permissions READ_ONLY = new Permissions(false, false, false);
}
