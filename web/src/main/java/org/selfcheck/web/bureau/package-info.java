/** The bureau's pages: the jurisdiction overview and watch list, spot checks with their outcomes, 扫码入企, the inbox. */
package org.selfcheck.web.bureau;
