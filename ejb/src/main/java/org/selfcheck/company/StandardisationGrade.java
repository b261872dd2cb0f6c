package org.selfcheck.company;

/** 安全生产标准化等级: grade 1 (一级) is the best; section 三 of the notice caps inspections by it. */
public enum StandardisationGrade {
    GRADE_1, GRADE_2, GRADE_3, NOT_GRADED
}
