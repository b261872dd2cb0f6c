/** The admin's catalogue screen: browsing the judgment standards, correcting item texts, importing standard files. */
package org.selfcheck.web.catalogue;
