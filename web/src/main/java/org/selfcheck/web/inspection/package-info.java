/** Screens of quarterly checks: the list with the compliance calendar, and conducting one check. */
package org.selfcheck.web.inspection;
