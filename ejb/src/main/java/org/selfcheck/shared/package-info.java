/**
 * What every feature shares: value objects of Chinese registers (unified social credit code, region code,
 * industry code), the calendar quarter and its zone, the exceptions services throw, the localised messages for them,
 * and what the features' events share: {@link org.selfcheck.shared.Audited} and the order their observers run in.
 */
package org.selfcheck.shared;
