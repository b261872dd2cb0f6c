/** REST resources of the self-check organisation (R1, R2): people, appointments, the group and the as-of view. */
package org.selfcheck.api.organisation;
