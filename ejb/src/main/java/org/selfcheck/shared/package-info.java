/**
 * What every feature shares: value objects of Chinese registers (unified social credit code, region code,
 * industry code), the exceptions services throw, and the localised messages for them.
 */
package org.selfcheck.shared;
