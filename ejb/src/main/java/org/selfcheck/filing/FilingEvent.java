package org.selfcheck.filing;

/** What causes a filing, and so which kind of filing it is: a bureau takes the kinds it wants. */
public enum FilingEvent {

    /** The principal signed a quarterly report (or a correction of one). */
    REPORT_SIGNED(FilingKind.REPORT),
    /** A major hazard was recorded (16号令: reported promptly). */
    HAZARD_RECORDED(FilingKind.HAZARD),
    /** The remediation plan first had all five elements (五落实). */
    PLAN_COMPLETE(FilingKind.MILESTONE),
    /** The principal approved a deadline extension. */
    EXTENSION_APPROVED(FilingKind.MILESTONE),
    /** The hazard was verified and closed (销号). */
    HAZARD_CLOSED(FilingKind.MILESTONE);

    private final FilingKind kind;

    FilingEvent(FilingKind kind) {
        this.kind = kind;
    }

    public FilingKind kind() {
        return kind;
    }
}
