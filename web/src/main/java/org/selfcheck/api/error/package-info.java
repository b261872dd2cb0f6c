/** One ExceptionMapper per kind of failure, each answering with a localised {@link org.selfcheck.api.error.ErrorResponse}. */
package org.selfcheck.api.error;
