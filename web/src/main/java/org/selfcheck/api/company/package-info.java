/** REST resources of company profiles: /api/companies. */
package org.selfcheck.api.company;
