package org.xuequ.enrollment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

    /** Another record, by id and name. */
    public record Ref(long id, String name) {
        public static Ref of(Long id, Map<Long, String> names) {
            return id == null ? null : new Ref(id, names.getOrDefault(id, "#" + id));
        }
    }

    /**
     * A registered school-age child (适龄儿童). {@code birthDate} is null where the number is masked;
     * {@code birthMonth} is always there.
     *
     * @param idNumber the ID number, masked unless the caller's role needs it
     * @param birthMonth as yyyy-MM
     * @param gender M or F
     * @param eligible whether the child is of age for the cycle
     * @param district the district whose zone holds the residence block; null while the block is unzoned
     * @param version the row version; send it back with a revision (a stale one answers 409)
     */
    public record ChildView(
            long id,
            String regionCode,
            String name,
            String idNumber,
            @Nullable LocalDate birthDate,
            String birthMonth,
            String gender,
            boolean eligible,
            HukouType hukouType,
            @Nullable Ref hukouBlock,
            @Nullable String hukouAddress,
            Ref residenceBlock,
            @Nullable Ref district,
            boolean propertyOwned,
            @Nullable Ref propertyBlock,
            @Nullable LocalDate propertySince,
            @Nullable LocalDate residenceSince,
            Set<ChildCategory> categories,
            @Nullable Ref siblingUnit,
            @Nullable Ref primaryUnit,
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

    /**
     * A child as lists show it.
     *
     * @param idNumber the child's ID number, masked unless the caller's role needs it
     */
    public record ChildSummary(long id, String name, String idNumber) {}

    /**
     * One ranked choice of an application.
     * @param rank 1 is the first choice
     * @param tier the child's priority tier at that school; 0 when the school is no longer among the child's options
     * @param tierLabel the tier's name; null when the school is no longer among the child's options
     * @param reasons the conditions the child holds there, in the caller's language
     */
    public record ChoiceView(
            int rank, Ref unit, int tier, @Nullable String tierLabel, List<String> reasons) {}

    /** A school the child is guaranteed a seat at (e.g. 对口直升), and why, in the caller's language. */
    public record GuaranteedView(Ref unit, String reason) {}

    /**
     * An application (志愿) with its ranked choices.
     * @param number the application number (报名号)
     * @param guaranteed the school the child is guaranteed a seat at; null when none
     * @param submittedBy OFFICE or FAMILY
     * @param version the row version; send it back with a change (a stale one answers 409)
     */
    public record ApplicationView(
            long id,
            String number,
            Ref cycle,
            ChildSummary child,
            List<ChoiceView> choices,
            @Nullable GuaranteedView guaranteed,
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

    /**
     * An attendance zone by name and kind.
     *
     * @param kind SINGLE or MULTI (多校划片)
     */
    public record ZoneRef(String name, String kind) {}

    /**
     * A school the child may choose.
     * @param inZone whether the school is zoned for the child's block (otherwise it is a school of the district with
     *     seats)
     * @param tier the child's priority tier there (1 is the highest)
     * @param reasons the conditions the child holds there, in the caller's language
     */
    public record SchoolOptionView(Ref unit, boolean inZone, int tier, String tierLabel, List<String> reasons) {}

    /**
     * What a child may choose.
     * @param ineligibleReason why the child may not apply, in the caller's language; null when eligible
     * @param zone the zone of the child's residence block; null while the block is unzoned
     * @param guaranteed the school the child is guaranteed a seat at; null when none
     * @param schools the schools the child may choose, zoned ones first
     * @param maxChoices how many schools an application may rank
     * @param deadline applications close then
     */
    public record OptionsView(
            boolean eligible,
            @Nullable String ineligibleReason,
            @Nullable ZoneRef zone,
            @Nullable GuaranteedView guaranteed,
            List<SchoolOptionView> schools,
            int maxChoices,
            @Nullable Instant deadline) {}

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
