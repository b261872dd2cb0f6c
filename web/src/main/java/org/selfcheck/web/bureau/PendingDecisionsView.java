package org.selfcheck.web.bureau;

import jakarta.inject.Inject;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bureau's queue of pending requests it approves, or rejects with a note the requester is told: the list, the note
 * typed beside each row, and the decision (a refusal's message goes next to that row's note).
 *
 * @param <T> a pending request
 */
public abstract class PendingDecisionsView<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Feedback feedback;

    private List<T> list;
    private final Map<Long, String> notes = new HashMap<>();
    private SelfCheckException problem;

    /** The pending requests the caller decides. */
    protected abstract List<T> pending();

    protected abstract long id(T request);

    protected abstract void decide(long id, boolean approve, String note);

    /** The table's client id, whose rows hold the notes ({@code form:table}). */
    protected abstract String tableId();

    /** The message keys of the web bundle told after an approval and after a rejection. */
    protected abstract String doneKey(boolean approve);

    public void load() {
        if (list == null && problem == null) {
            show();
        }
    }

    private void show() {
        try {
            list = pending();
        } catch (SelfCheckException e) {
            problem = e;
            list = List.of();
        }
    }

    public void approve(T request) {
        decide(request, true);
    }

    public void reject(T request) {
        decide(request, false);
    }

    private void decide(T request, boolean approve) {
        try {
            decide(id(request), approve, notes.get(id(request)));
            notes.remove(id(request));
            feedback.info(doneKey(approve));
            show();
        } catch (SelfCheckException e) {
            feedback.refused(e, tableId() + ":" + list.indexOf(request));
        }
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public List<T> getList() {
        return list;
    }

    /** The note typed beside each request, by its id. */
    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }
}
