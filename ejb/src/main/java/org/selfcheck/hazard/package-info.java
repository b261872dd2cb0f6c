/** Major hazards (重大事故隐患) found by the company's checks: the minimal record the hazard register builds on. */
package org.selfcheck.hazard;
