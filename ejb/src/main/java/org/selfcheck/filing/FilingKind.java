package org.selfcheck.filing;

/** What a bureau may want filed. */
public enum FilingKind {
    /** a signed quarterly report, and each signed correction */
    REPORT,
    /** a major hazard as soon as it is recorded (16号令: reported promptly) */
    HAZARD,
    /** a hazard's remediation milestones: plan complete, extension approved, closed after verification */
    MILESTONE
}
