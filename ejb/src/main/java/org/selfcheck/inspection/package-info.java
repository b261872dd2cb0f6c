/**
 * The group's own checks (notice section 十): quarterly checks (R3), the principal's attendance (R5) and the
 * compliance calendar that tells a company where it stands, and when a record still counts for its period
 * ({@link org.selfcheck.inspection.InTime}: ended periods are final). A completion fires
 * {@link org.selfcheck.inspection.CheckCompleted}, a principal's confirmation {@link org.selfcheck.inspection.PrincipalAttended};
 * the hazards a check finds are recorded through the hazard package.
 */
package org.selfcheck.inspection;
