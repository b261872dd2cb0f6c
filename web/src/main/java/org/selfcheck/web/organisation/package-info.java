/** Screens of the self-check organisation: the overview with the as-of date and appointment dialog, and the people and group editor. */
package org.selfcheck.web.organisation;
