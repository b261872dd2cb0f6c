/** Permanent links to records (/hazards/{id}, /checks/{id}) that survive the login redirect. */
package org.selfcheck.web.navigation;
