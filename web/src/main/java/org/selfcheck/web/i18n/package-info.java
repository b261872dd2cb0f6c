/** The user's language (zh-CN first, English second) and the UI resource bundle. */
package org.selfcheck.web.i18n;
