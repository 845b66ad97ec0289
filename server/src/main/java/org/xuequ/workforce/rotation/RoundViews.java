package org.xuequ.workforce.rotation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.engine.rotation.MoveReason;
import org.xuequ.engine.rotation.RotationTarget;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;
import org.xuequ.workforce.WorkforceScope;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;

/** Assembles what a round's page shows, for the caller: a unit sees its own people, officials all of them. */
@Component
class RoundViews {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final WorkforceScope scope;
    private final RegistryReads registry;
    private final StaffDirectory staff;
    private final Clock clock;

    RoundViews(WorkforceScope scope, RegistryReads registry, StaffDirectory staff, Clock clock) {
        this.scope = scope;
        this.registry = registry;
        this.staff = staff;
        this.clock = clock;
    }

    RoundView.Summary summary(RotationRound round) {
        String district = registry.districtNames(List.of(round.getDistrictId()))
                .getOrDefault(round.getDistrictId(), "#" + round.getDistrictId());
        boolean manage = scope.canManageDistrict(round.getRegionCode(), round.getDistrictId());
        boolean commission = scope.regionManager(round.getRegionCode());
        return new RoundView.Summary(
                round.getId(),
                round.getVersion(),
                round.getTitle(),
                round.getDistrictId(),
                district,
                round.getRoundYear(),
                round.getStatus(),
                round.rules(),
                round.getMaxOutPercent(),
                round.getStartsOn(),
                round.getSolveStatus(),
                round.getSolvedAt(),
                round.getSolveMillis(),
                round.getWishesHonoured(),
                round.getApprovedAt(),
                round.getApprovedBy(),
                round.isCountersign(),
                round.getSubmittedAt(),
                round.getSubmittedBy(),
                manage
                        && (round.getStatus() == RoundStatus.PROPOSED
                                || round.getStatus() == RoundStatus.SUBMITTED && commission),
                manage && round.getStatus() == RoundStatus.SUBMITTED && commission,
                manage && round.approvalDecides(commission),
                manage && round.getStatus().open(),
                round.getStatus().open() && (manage || unitsOfCaller(round).size() > 0));
    }

    RoundView page(
            RotationRound round,
            DistrictPicture picture,
            Map<Long, List<Long>> wishes,
            List<RoundInputs.Need> needs,
            List<RotationMoveRecord> moves) {
        Map<Long, DistrictPicture.School> schools = picture.byUnit();
        Map<Long, String> names = new HashMap<>();
        schools.values().forEach(s -> names.put(s.unitId(), s.name()));
        Map<Long, Staff> people = new HashMap<>();
        picture.people().forEach(p -> people.put(p.staff().getId(), p.staff()));
        List<RotationMoveRecord> standing =
                moves.stream().filter(RotationMoveRecord::stands).toList();
        staff.byIds(standing.stream()
                        .map(RotationMoveRecord::getStaffId)
                        .filter(id -> !people.containsKey(id))
                        .toList())
                .forEach(people::put);

        List<RoundView.SchoolRow> rows = new ArrayList<>();
        for (DistrictPicture.School s : picture.schools()) {
            int backbone = s.backbone();
            int peArt = s.peArt();
            for (RotationMoveRecord m : standing) {
                Staff p = people.get(m.getStaffId());
                int sign = m.getToUnitId() == s.unitId() ? 1 : m.getFromUnitId() == s.unitId() ? -1 : 0;
                if (p != null && sign != 0 && m.getAppliedOn() == null) {
                    backbone += p.getBackbone().isBackbone() ? sign : 0;
                    peArt += p.getSpecialism() != Specialism.NONE ? sign : 0;
                }
            }
            Map<String, Integer> need = new LinkedHashMap<>();
            needs.stream().filter(n -> n.unitId() == s.unitId()).forEach(n -> need.put(n.subject(), n.seats()));
            rows.add(new RoundView.SchoolRow(
                    s.unitId(),
                    s.name(),
                    s.pupils(),
                    s.pupilsEstimated(),
                    s.teachers(),
                    s.backbone(),
                    backbone,
                    s.peArt(),
                    peArt,
                    s.maxOut(),
                    s.maxIn(),
                    need));
        }

        Set<Long> visible = visibleUnits(round);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        List<RoundView.PersonRow> persons = picture.people().stream()
                .filter(p -> p.staff().getPost().teaches()
                        && visible.contains(p.staff().getUnitId()))
                .map(p -> new RoundView.PersonRow(
                        p.staff().getId(),
                        p.staff().getName(),
                        p.staff().getUnitId(),
                        p.staff().getPost(),
                        p.staff().getSubject(),
                        p.staff().getBackbone(),
                        p.staff().getSpecialism(),
                        p.staff().yearsAtUnit(today),
                        p.candidate(),
                        p.ineligibility().orElse(null),
                        wishes.getOrDefault(p.staff().getId(), List.of())))
                .toList();

        List<RoundView.MoveRow> moveRows =
                moves.stream().map(m -> move(m, people, names)).toList();
        List<RoundView.Indicator> indicators = List.of(
                new RoundView.Indicator(
                        RotationTarget.BACKBONE_TEACHERS, round.getCvBackboneBefore(), round.getCvBackboneAfter()),
                new RoundView.Indicator(
                        RotationTarget.PE_ART_TEACHERS, round.getCvPeArtBefore(), round.getCvPeArtAfter()));
        return new RoundView(summary(round), indicators, rows, persons, moveRows, picture.pupilsYear());
    }

    RoundView.MoveRow move(RotationMoveRecord m, Map<Long, Staff> people, Map<Long, String> unitNames) {
        Staff p = people.get(m.getStaffId());
        return new RoundView.MoveRow(
                m.getId(),
                m.getVersion(),
                m.getStaffId(),
                p == null ? "#" + m.getStaffId() : p.getName(),
                p == null ? null : p.getSubject(),
                p != null && p.getBackbone().isBackbone(),
                p != null && p.getSpecialism() != Specialism.NONE,
                m.getFromUnitId(),
                unitNames.getOrDefault(m.getFromUnitId(), "#" + m.getFromUnitId()),
                m.getToUnitId(),
                unitNames.getOrDefault(m.getToUnitId(), "#" + m.getToUnitId()),
                m.getWishRank(),
                reasons(m.getReasons()),
                m.getDecision(),
                m.getAppliedOn());
    }

    static List<MoveReason> reasons(String stored) {
        return stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split(",")).map(MoveReason::valueOf).toList();
    }

    /** The units whose people the caller sees in a round: all for officials and inspectors, else its own. */
    private Set<Long> visibleUnits(RotationRound round) {
        if (scope.canReadDistrict(round.getRegionCode(), round.getDistrictId())) {
            return scope.units(round.getRegionCode()).keySet();
        }
        return unitsOfCaller(round);
    }

    Set<Long> unitsOfCaller(RotationRound round) {
        Set<Long> readable = scope.readableUnits(round.getRegionCode());
        if (scope.role() != Role.UNIT || readable.size() != 1) {
            return Set.of();
        }
        long unit = readable.iterator().next();
        Set<Long> districts = scope.districtsOfUnits(round.getRegionCode()).getOrDefault(unit, Set.of());
        return districts.contains(round.getDistrictId()) ? Set.of(unit) : Set.of();
    }
}
