package org.selfcheck.web.filing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.filing.FilingService;
import org.selfcheck.filing.FilingStatus;
import org.selfcheck.filing.FilingView;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Admins see the filings that need them (发送失败, 无管辖部门) and those being retried, and send one again. */
@Named
@ViewScoped
public class FilingProblemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FilingService filings;

    @Inject
    Feedback feedback;

    private List<FilingView> list = List.of();
    private Map<FilingStatus, Long> counts = Map.of();

    @PostConstruct
    void load() {
        list = filings.problems();
        counts = filings.counts();
    }

    public void replay(FilingView f) {
        try {
            filings.replay(f.id());
            feedback.info("filings.replayed");
        } catch (SelfCheckException e) {
            feedback.refused(e, "problems");
        }
        load();
    }

    public List<FilingView> getList() {
        return list;
    }

    public List<Map.Entry<FilingStatus, Long>> getCounts() {
        return List.copyOf(counts.entrySet());
    }
}
