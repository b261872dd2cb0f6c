/**
 * The self-check organisation (notice section 十, R1 and R2): people, their terms as principal, leadership
 * member, designated leader and group member by category, the composition check with recorded reasons,
 * and who was who on any date. Rules live in {@link org.selfcheck.organisation.Organisation}; the service
 * stores what they decide and audits it.
 */
package org.selfcheck.organisation;
