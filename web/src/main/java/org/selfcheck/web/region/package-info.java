/** Region names and the region picker's suggestions for every page (EL name {@code regions}). */
package org.selfcheck.web.region;
