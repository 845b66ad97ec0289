package org.xuequ.evaluation.balance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.SchoolConditions;
import org.xuequ.evaluation.conditions.ConditionsFigures;
import org.xuequ.registry.RegistryReads;

/**
 * The schools of one calculation with their census figures, turned into the engine's input. Ids are
 * the unit ids as text, so the engine's answers map back to the registry's names.
 */
final class BalanceInputs {

    final String scopeName;
    final List<RegistryReads.Unit> units;
    final Map<Long, ConditionsFigures> figures;
    private final Map<Long, RegistryReads.Unit> byId = new java.util.HashMap<>();

    BalanceInputs(String scopeName, List<RegistryReads.Unit> units, Map<Long, ConditionsFigures> figures) {
        this.scopeName = scopeName;
        this.units = units;
        this.figures = figures;
        units.forEach(u -> byId.put(u.id(), u));
    }

    List<SchoolConditions> schools() {
        List<SchoolConditions> out = new ArrayList<>();
        for (RegistryReads.Unit unit : units) {
            ConditionsFigures f = figures.get(unit.id());
            if (f != null) {
                out.add(conditions(unit.id(), f));
            }
        }
        return out;
    }

    static SchoolConditions conditions(long unitId, ConditionsFigures f) {
        Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
        resources.put(Indicator.QUALIFIED_TEACHERS, (double) f.qualifiedTeachers());
        resources.put(Indicator.BACKBONE_TEACHERS, (double) f.backboneTeachers());
        resources.put(Indicator.PE_ART_TEACHERS, (double) f.peArtTeachers());
        resources.put(Indicator.MULTIMEDIA_ROOMS, (double) f.multimediaRooms());
        resources.put(Indicator.TEACHING_AREA_M2, f.teachingAreaM2().doubleValue());
        resources.put(Indicator.SPORTS_AREA_M2, f.sportsAreaM2().doubleValue());
        resources.put(Indicator.EQUIPMENT_YUAN, f.equipmentYuan().doubleValue());
        resources.put(Indicator.TEACHERS, (double) f.teachers());
        resources.put(Indicator.SENIOR_TITLE_TEACHERS, (double) f.seniorTitleTeachers());
        resources.put(Indicator.COMPUTERS, (double) f.computers());
        resources.put(Indicator.BOOKS, (double) f.books());
        return new SchoolConditions(
                Long.toString(unitId), f.primaryPupils(), f.juniorPupils(), f.seniorPupils(), resources);
    }

    RegistryReads.Unit unit(String schoolId) {
        return byId.get(Long.parseLong(schoolId));
    }
}
