package org.xuequ.planning.outlook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.forecast.Enrollment;
import org.xuequ.engine.forecast.InvalidHistoryException;
import org.xuequ.planning.PlanningScope;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * The outlook's editable inputs: a district's terms, its observed pupils by grade, registered births, and new
 * housing per block. Each write checks the district lies in the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class OutlookInputs {

    private final OutlookFacts facts;
    private final DistrictSettingsRepository settings;
    private final NewHousingRepository housing;
    private final RegistryReads registry;
    private final PlanningScope scope;
    private final Clock clock;

    OutlookInputs(
            OutlookFacts facts,
            DistrictSettingsRepository settings,
            NewHousingRepository housing,
            RegistryReads registry,
            PlanningScope scope,
            Clock clock) {
        this.facts = facts;
        this.settings = settings;
        this.housing = housing;
        this.registry = registry;
        this.scope = scope;
        this.clock = clock;
    }

    /** An observed cell as the form sends it. */
    public record HistoryCell(int year, int grade, int pupils) {}

    /** A block's new homes as the pages show them. */
    public record HousingView(
            long id, long version, long districtId, long blockId, String blockName, int completionYear, int homes) {}

    /** Saves a district's terms; {@code version} null for the first save, else the one read (409 when stale). */
    @Transactional
    public void saveTerms(long districtId, OutlookTerms terms, @Nullable Long version) {
        String region = district(districtId);
        if (terms.window() != null && terms.window() < 1) {
            throw XuequProblem.invalid("window", "error.planning.window");
        }
        DistrictSettings current = settings.findByDistrictId(districtId).orElse(null);
        if (current == null) {
            if (version != null) {
                throw new XuequProblem(org.springframework.http.HttpStatus.CONFLICT, "problem.stale");
            }
            settings.saveAndFlush(new DistrictSettings(region, districtId, terms, clock.instant(), scope.actor()));
        } else {
            if (version == null || current.getVersion() != version) {
                throw new XuequProblem(org.springframework.http.HttpStatus.CONFLICT, "problem.stale");
            }
            current.revise(terms, clock.instant(), scope.actor());
            settings.flush();
        }
    }

    /**
     * Replaces a district's observed pupils by grade, all or nothing: years and grades must be consecutive and every
     * year must have every grade (400 naming the first bad cell, as the engine finds it).
     */
    @Transactional
    public void replaceHistory(long districtId, List<HistoryCell> cells) {
        String region = district(districtId);
        Enrollment.Builder builder = Enrollment.builder();
        List<OutlookFacts.Cell> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            HistoryCell c = cells.get(i);
            if (c.year() < 2000 || c.year() > 2100 || c.grade() < 1 || c.grade() > 12 || c.pupils() < 0) {
                throw XuequProblem.invalid(
                        List.of(new XuequProblem.FieldProblem("cells", "error.planning.history", i + 1)));
            }
            rows.add(new OutlookFacts.Cell(c.year(), c.grade(), c.pupils()));
        }
        try {
            cells.forEach(c -> builder.count(c.year(), c.grade(), c.pupils()));
            if (!cells.isEmpty()) {
                builder.build();
            }
        } catch (InvalidHistoryException e) {
            throw XuequProblem.invalid("cells", "error.planning.history");
        }
        facts.replaceHistory(region, districtId, rows);
    }

    /** Enters a district's registered births of a birth year (replacing any figure imported before). */
    @Transactional
    public void saveBirths(long districtId, int birthYear, int births) {
        String region = district(districtId);
        if (birthYear < 1990 || birthYear > 2100) {
            throw XuequProblem.invalid("birthYear", "error.planning.birth-year");
        }
        if (births < 0) {
            throw XuequProblem.invalid("births", "error.planning.births");
        }
        facts.saveBirths(region, districtId, birthYear, births, clock.instant(), scope.actor());
    }

    @Transactional
    public void deleteBirths(long districtId, int birthYear) {
        district(districtId);
        facts.deleteBirths(districtId, birthYear);
    }

    /** The district's new housing, by completion year. */
    public List<HousingView> housing(long districtId) {
        String region = district(districtId);
        List<NewHousing> rows = housing.findByDistrictIdInOrderByCompletionYearAscBlockIdAsc(Set.of(districtId));
        Map<Long, String> names = registry.blockNamesIn(region);
        return rows.stream()
                .map(h -> new HousingView(
                        h.getId(),
                        h.getVersion(),
                        h.getDistrictId(),
                        h.getBlockId(),
                        names.getOrDefault(h.getBlockId(), "#" + h.getBlockId()),
                        h.getCompletionYear(),
                        h.getHomes()))
                .toList();
    }

    /** Enters (or corrects) the homes completed in a block in a year, for a district in the caller's scope. */
    @Transactional
    public List<HousingView> saveHousing(long districtId, long blockId, int completionYear, int homes) {
        String region = district(districtId);
        if (!registry.blockNamesIn(region).containsKey(blockId)) {
            throw XuequProblem.invalid("blockId", "error.planning.unknown-block");
        }
        if (completionYear < 2000 || completionYear > 2100) {
            throw XuequProblem.invalid("completionYear", "error.school-year");
        }
        if (homes < 0) {
            throw XuequProblem.invalid("homes", "error.planning.births");
        }
        NewHousing row =
                housing.findByBlockIdAndCompletionYear(blockId, completionYear).orElse(null);
        if (row == null) {
            housing.saveAndFlush(
                    new NewHousing(region, districtId, blockId, completionYear, homes, clock.instant(), scope.actor()));
        } else {
            scope.requireDistrict(row.getRegionCode(), row.getDistrictId());
            row.revise(homes, clock.instant(), scope.actor());
            housing.flush();
        }
        return housing(districtId);
    }

    @Transactional
    public void deleteHousing(long id) {
        NewHousing row = housing.findById(id).orElseThrow(() -> XuequProblem.notFound("housing", id));
        scope.requireDistrict(row.getRegionCode(), row.getDistrictId());
        housing.delete(row);
    }

    /** The district's region after checking it is in the caller's region and scope (404 elsewhere, 403 outside). */
    String district(long districtId) {
        String region = scope.region();
        if (!region.equals(registry.districtRegions(Set.of(districtId)).get(districtId))) {
            throw XuequProblem.notFound("district", districtId);
        }
        scope.requireDistrict(region, districtId);
        return region;
    }
}
