/** REST resources of quarterly checks (R3), principal attendance (R5), photos and the compliance calendar. */
package org.selfcheck.api.inspection;
