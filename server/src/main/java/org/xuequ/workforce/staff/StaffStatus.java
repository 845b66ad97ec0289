package org.xuequ.workforce.staff;

/** Whether a person is on the unit's roll. Nobody is deleted: rotations and training refer to them. */
public enum StaffStatus {
    ACTIVE,
    LEFT,
    RETIRED
}
