package org.xuequ.enrollment.cycles;

import java.util.Set;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.UnitType;

/** Which entry an enrollment cycle fills: grade 1 (小学入学) or grade 7 (小升初). */
public enum Level {
    PRIMARY(EntryGrade.PRIMARY_1, Set.of(UnitType.PRIMARY, UnitType.NINE_YEAR, UnitType.TWELVE_YEAR)),
    JUNIOR(EntryGrade.JUNIOR_1, Set.of(UnitType.JUNIOR, UnitType.NINE_YEAR, UnitType.TWELVE_YEAR));

    private final EntryGrade entryGrade;
    private final Set<UnitType> schoolTypes;

    Level(EntryGrade entryGrade, Set<UnitType> schoolTypes) {
        this.entryGrade = entryGrade;
        this.schoolTypes = schoolTypes;
    }

    public EntryGrade entryGrade() {
        return entryGrade;
    }

    /** Unit types that admit pupils at this entry. */
    public Set<UnitType> schoolTypes() {
        return schoolTypes;
    }
}
