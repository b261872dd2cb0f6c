/** REST resources of the judgment-standard catalogue: browsing, checklists, corrections and imports. */
package org.selfcheck.api.catalogue;
