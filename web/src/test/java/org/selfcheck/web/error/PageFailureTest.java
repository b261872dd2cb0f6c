package org.selfcheck.web.error;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import org.selfcheck.shared.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class PageFailureTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=----x";

    @Test
    void anUnknownViewStateIsAnExpiredPage() {
        assertThat(PageFailure.of(new ViewExpiredException("/hazard/hazard.xhtml"), FORM, 120)).isEqualTo(PageFailure.EXPIRED);
        assertThat(PageFailure.of(new FacesException(new ViewExpiredException("x")), FORM, 120)).isEqualTo(PageFailure.EXPIRED);
    }

    @Test
    void aRoleTheServiceRefusesIsForbiddenHoweverDeepItIsWrapped() {
        assertThat(PageFailure.of(new FacesException(new ELException(new EJBAccessException("WFLYEJB0364"))), FORM, 0))
                .isEqualTo(PageFailure.FORBIDDEN);
        assertThat(PageFailure.of(new ELException(new AccessDeniedException("access.otherCompany")), FORM, 0))
                .isEqualTo(PageFailure.FORBIDDEN);
    }

    @Test
    void aFailedMultipartRequestLongerThanAFileMayBeIsAnUploadTooLarge() {
        RuntimeException unreadable = new RuntimeException(new java.io.IOException("UT000054: The maximum size 10485760 for an individual file in a multipart request was exceeded"));
        assertThat(PageFailure.of(unreadable, MULTIPART, PageFailure.MAX_UPLOAD_BYTES + 1)).isEqualTo(PageFailure.UPLOAD_TOO_LARGE);
        assertThat(PageFailure.of(unreadable, MULTIPART, PageFailure.MAX_UPLOAD_BYTES)).isEqualTo(PageFailure.OTHER);
        assertThat(PageFailure.of(unreadable, FORM, PageFailure.MAX_UPLOAD_BYTES + 1)).isEqualTo(PageFailure.OTHER);
        assertThat(PageFailure.of(unreadable, null, -1)).isEqualTo(PageFailure.OTHER);
    }

    @Test
    void anythingElseIsTheGenericErrorPage() {
        assertThat(PageFailure.of(new IllegalStateException("bug"), FORM, 10)).isEqualTo(PageFailure.OTHER);
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertThat(PageFailure.of(a, FORM, 10)).isEqualTo(PageFailure.OTHER);
    }
}
