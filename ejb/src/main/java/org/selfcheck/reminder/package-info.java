/**
 * Reminders before the deadlines of section 十 (issue 18): which reminder falls due on a day in China, by the defaults
 * of DOMAIN.md (configurable per kind), as plain rules; the routes that send them build on these.
 */
package org.selfcheck.reminder;
