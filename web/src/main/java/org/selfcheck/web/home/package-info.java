/** The home page: each user's dashboard. */
package org.selfcheck.web.home;
