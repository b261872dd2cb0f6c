/**
 * Major hazards (重大事故隐患): the register and remediation to verified closure. A hazard comes to exist only through
 * {@link org.selfcheck.hazard.HazardRegister} (reported, or found by a check); every change fires
 * {@link org.selfcheck.hazard.HazardChanged} and the steps the bureau is told of
 * {@link org.selfcheck.hazard.HazardMilestone}. What it needs of filing is the port
 * {@link org.selfcheck.hazard.FirstReceipts}.
 */
package org.selfcheck.hazard;
