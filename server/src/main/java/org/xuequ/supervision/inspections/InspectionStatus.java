package org.xuequ.supervision.inspections;

/** A draft is saved as the form is filled in (on a phone, often offline); once submitted it never changes. */
public enum InspectionStatus {
    DRAFT,
    SUBMITTED
}
