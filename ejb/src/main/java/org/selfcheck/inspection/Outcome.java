package org.selfcheck.inspection;

/** The result of one checklist item in a check. */
public enum Outcome {
    /** 符合: the situation the item describes was not found */
    COMPLIANT,
    /** 存在重大事故隐患: needs a description and at least one photo, and opens a hazard record */
    HAZARD,
    /** 不适用: needs the reason why the item does not apply to this company */
    NOT_APPLICABLE
}
