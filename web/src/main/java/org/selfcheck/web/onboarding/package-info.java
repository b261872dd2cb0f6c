/** The public application page and the competent bureau's list of pending applications. */
package org.selfcheck.web.onboarding;
