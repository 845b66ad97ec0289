package org.xuequ.enrollment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.applications.ApplicationOptions;
import org.xuequ.enrollment.applications.EnrollmentApplication;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildIdentity;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.Privacy;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.registry.RegistryReads;

/** JSON shapes shared by the enrollment controllers (see API.md), with names looked up in bulk. */
@Component
public class EnrollmentViews {

    private final RegistryReads registry;
    private final Privacy privacy;
    private final EnrollmentText text;

    EnrollmentViews(RegistryReads registry, Privacy privacy, EnrollmentText text) {
        this.registry = registry;
        this.privacy = privacy;
        this.text = text;
    }

    public record Ref(long id, String name) {
        public static Ref of(Long id, Map<Long, String> names) {
            return id == null ? null : new Ref(id, names.getOrDefault(id, "#" + id));
        }
    }

    /** {@code birthDate} is null where the number is masked; {@code birthMonth} is always there. */
    public record ChildView(
            long id,
            String regionCode,
            String name,
            String idNumber,
            LocalDate birthDate,
            String birthMonth,
            String gender,
            boolean eligible,
            HukouType hukouType,
            Ref hukouBlock,
            String hukouAddress,
            Ref residenceBlock,
            Ref district,
            boolean propertyOwned,
            Ref propertyBlock,
            LocalDate propertySince,
            LocalDate residenceSince,
            Set<ChildCategory> categories,
            Ref siblingUnit,
            Ref primaryUnit,
            Level level,
            int schoolYear,
            long version) {}

    public List<ChildView> children(Collection<SchoolAgeChild> children, Map<Long, EnrollmentCycle> cycles) {
        Set<Long> blocks = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        for (SchoolAgeChild c : children) {
            addIfPresent(blocks, c.getHukouBlockId());
            blocks.add(c.getResidenceBlockId());
            addIfPresent(blocks, c.getPropertyBlockId());
            addIfPresent(units, c.getSiblingUnitId());
            addIfPresent(units, c.getPrimaryUnitId());
            addIfPresent(districts, c.getDistrictId());
        }
        Map<Long, String> blockNames = registry.blockNames(blocks);
        Map<Long, String> unitNames = registry.unitNames(units);
        Map<Long, String> districtNames = registry.districtNames(districts);
        return children.stream()
                .map(c -> {
                    EnrollmentCycle cycle = cycles.get(c.getCycleId());
                    ChildIdentity identity = privacy.identity(c);
                    return new ChildView(
                            c.getId(),
                            c.getRegionCode(),
                            c.getName(),
                            identity.idNumber(),
                            identity.birthDate(),
                            identity.birthMonth(),
                            String.valueOf(identity.gender()),
                            cycle.isOfAge(c.getBirthDate()),
                            c.getHukouType(),
                            Ref.of(c.getHukouBlockId(), blockNames),
                            c.getHukouAddress(),
                            Ref.of(c.getResidenceBlockId(), blockNames),
                            Ref.of(c.getDistrictId(), districtNames),
                            c.isPropertyOwned(),
                            Ref.of(c.getPropertyBlockId(), blockNames),
                            c.getPropertySince(),
                            c.getResidenceSince(),
                            c.getCategories(),
                            Ref.of(c.getSiblingUnitId(), unitNames),
                            Ref.of(c.getPrimaryUnitId(), unitNames),
                            cycle.getLevel(),
                            cycle.getSchoolYear(),
                            c.getVersion());
                })
                .toList();
    }

    public record ChildSummary(long id, String name, String idNumber) {}

    public record ChoiceView(int rank, Ref unit, int tier, String tierLabel, List<String> reasons) {}

    public record GuaranteedView(Ref unit, String reason) {}

    public record ApplicationView(
            long id,
            String number,
            Ref cycle,
            ChildSummary child,
            List<ChoiceView> choices,
            GuaranteedView guaranteed,
            EnrollmentApplication.Status status,
            EnrollmentApplication.SubmittedBy submittedBy,
            Instant submittedAt,
            long version) {}

    public ApplicationView application(
            EnrollmentApplication a, EnrollmentCycle cycle, SchoolAgeChild child, ApplicationOptions.Options options) {
        Map<Long, String> names = registry.unitNames(a.getChoices());
        List<ChoiceView> choices = new java.util.ArrayList<>();
        for (int i = 0; i < a.getChoices().size(); i++) {
            long unit = a.getChoices().get(i);
            ApplicationOptions.SchoolOption option = options.option(unit).orElse(null);
            choices.add(new ChoiceView(
                    i + 1,
                    Ref.of(unit, names),
                    option == null ? 0 : option.tier(),
                    option == null ? null : tierLabel(option.tierLabel()),
                    option == null ? List.of() : reasons(option.held())));
        }
        return new ApplicationView(
                a.getId(),
                a.getNumber(),
                new Ref(cycle.getId(), cycle.getName()),
                new ChildSummary(child.getId(), child.getName(), privacy.idNumber(child.getIdNumber())),
                choices,
                guaranteed(options.guaranteed()),
                a.getStatus(),
                a.getSubmittedBy(),
                a.getSubmittedAt(),
                a.getVersion());
    }

    public record ZoneRef(String name, String kind) {}

    public record SchoolOptionView(Ref unit, boolean inZone, int tier, String tierLabel, List<String> reasons) {}

    public record OptionsView(
            boolean eligible,
            String ineligibleReason,
            ZoneRef zone,
            GuaranteedView guaranteed,
            List<SchoolOptionView> schools,
            int maxChoices,
            Instant deadline) {}

    public OptionsView options(ApplicationOptions.Options o) {
        return new OptionsView(
                o.eligible(),
                o.ineligibleReasonKey() == null ? null : text.message(o.ineligibleReasonKey()),
                o.zone() == null
                        ? null
                        : new ZoneRef(o.zone().getName(), o.zone().getKind().name()),
                guaranteed(o.guaranteed()),
                o.schools().stream()
                        .map(s -> new SchoolOptionView(
                                new Ref(s.unitId(), s.unitName()),
                                s.inZone(),
                                s.tier(),
                                tierLabel(s.tierLabel()),
                                reasons(s.held())))
                        .toList(),
                o.maxChoices(),
                o.deadline());
    }

    private GuaranteedView guaranteed(ApplicationOptions.Guaranteed g) {
        return g == null ? null : new GuaranteedView(new Ref(g.unitId(), g.unitName()), text.message(g.reasonKey()));
    }

    public String tierLabel(String label) {
        return label == null ? text.message("enrollment.tier.lowest") : label;
    }

    public List<String> reasons(Set<TierCondition> held) {
        return held.stream()
                .sorted()
                .map(c -> text.message("enrollment.condition." + c.name()))
                .toList();
    }

    private static void addIfPresent(Set<Long> set, Long id) {
        if (id != null) {
            set.add(id);
        }
    }
}
