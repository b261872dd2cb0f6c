/** REST resources of filing: the bureau directory and routing by region. */
package org.selfcheck.api.filing;
