/** The admin's bureau directory screen. */
package org.selfcheck.web.filing;
