package org.xuequ.planning.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.planning.PlanningScope;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/** Key projects (重点工程) of the caller's region and their milestones. */
@Service
@Transactional(readOnly = true)
public class KeyProjects {

    private final KeyProjectRepository projects;
    private final PlanningScope scope;
    private final RegistryReads registry;
    private final Clock clock;

    KeyProjects(KeyProjectRepository projects, PlanningScope scope, RegistryReads registry, Clock clock) {
        this.projects = projects;
        this.scope = scope;
        this.registry = registry;
        this.clock = clock;
    }

    /** The seats a project adds to a district from its opening year on: what the seat outlook counts. */
    public record SeatsAdded(long projectId, String name, long districtId, int openingYear, int seats) {}

    /** The region's projects, by plan order then name; {@code districtId} narrows to one district's. */
    public List<ProjectView> list(@Nullable Long districtId) {
        String region = scope.region();
        List<KeyProject> found = projects.findByRegionCodeOrderBySeqAscNameAsc(region).stream()
                .filter(p -> districtId == null || districtId.equals(p.getDistrictId()))
                .toList();
        return views(found);
    }

    public ProjectView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    @Transactional
    public ProjectView create(ProjectFields fields) {
        String region = scope.region();
        checkDistrict(region, fields.districtId());
        KeyProject project = new KeyProject(region, fields, clock.instant(), scope.actor());
        try {
            projects.saveAndFlush(project);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("name", "error.planning.duplicate-name");
        }
        return get(project.getId());
    }

    @Transactional
    public ProjectView update(long id, ProjectFields fields, long version) {
        KeyProject project = visible(id);
        requireVersion(project, version);
        checkDistrict(project.getRegionCode(), fields.districtId());
        project.revise(fields, clock.instant(), scope.actor());
        projects.flush();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        projects.delete(visible(id));
    }

    @Transactional
    public ProjectView addMilestone(long id, String name, LocalDate dueDate) {
        KeyProject project = visible(id);
        project.addMilestone(name, dueDate, clock.instant(), scope.actor());
        projects.flush();
        return get(id);
    }

    /** A milestone's step; 409 {@code planning-milestone-transition} when its status does not allow it. */
    @Transactional
    public ProjectView step(
            long id, long milestoneId, MilestoneStatus.Step step, @Nullable LocalDate on, long version) {
        KeyProject project = visible(id);
        requireVersion(project, version);
        project.step(milestoneId, step, on == null ? LocalDate.now(clock) : on, clock.instant(), scope.actor());
        projects.flush();
        return get(id);
    }

    /** Every project of the region that adds seats to a district in an opening year. */
    public List<SeatsAdded> seatsAdded(String region) {
        List<SeatsAdded> out = new ArrayList<>();
        for (KeyProject p : projects.findByRegionCodeOrderBySeqAscNameAsc(region)) {
            if (p.getDistrictId() != null
                    && p.getOpeningYear() != null
                    && p.getSeatsAdded() != null
                    && p.getSeatsAdded() > 0) {
                out.add(new SeatsAdded(
                        p.getId(), p.getName(), p.getDistrictId(), p.getOpeningYear(), p.getSeatsAdded()));
            }
        }
        return out;
    }

    private void checkDistrict(String region, @Nullable Long districtId) {
        if (districtId != null
                && !region.equals(registry.districtRegions(Set.of(districtId)).get(districtId))) {
            throw XuequProblem.invalid("districtId", "error.planning.unknown-district");
        }
    }

    private KeyProject visible(long id) {
        KeyProject project = projects.findById(id).orElseThrow(() -> XuequProblem.notFound("project", id));
        scope.requireRegion(project.getRegionCode());
        return project;
    }

    private static void requireVersion(KeyProject project, long version) {
        if (project.getVersion() != version) {
            throw ProjectRefusal.STALE.problem();
        }
    }

    private List<ProjectView> views(List<KeyProject> list) {
        Set<Long> districts = new HashSet<>();
        list.forEach(p -> {
            if (p.getDistrictId() != null) {
                districts.add(p.getDistrictId());
            }
        });
        Map<Long, String> names = registry.districtNames(districts);
        LocalDate today = LocalDate.now(clock);
        List<ProjectView> out = new ArrayList<>();
        for (KeyProject p : list) {
            List<ProjectView.MilestoneView> milestones = new ArrayList<>();
            int done = 0;
            int overdue = 0;
            for (Milestone m : p.getMilestones()) {
                List<MilestoneStatus.Step> steps = new ArrayList<>();
                for (MilestoneStatus.Step step : MilestoneStatus.Step.values()) {
                    if (m.getStatus().allows(step)) {
                        steps.add(step);
                    }
                }
                done += m.getStatus() == MilestoneStatus.COMPLETED ? 1 : 0;
                overdue += m.overdue(today) ? 1 : 0;
                milestones.add(new ProjectView.MilestoneView(
                        m.getId(),
                        m.getPosition(),
                        m.getName(),
                        m.getDueDate(),
                        m.getStatus(),
                        m.getStartedOn(),
                        m.getFinishedOn(),
                        m.overdue(today),
                        steps));
            }
            out.add(new ProjectView(
                    p.getId(),
                    p.getVersion(),
                    p.fields(),
                    p.getDistrictId() == null ? null : names.get(p.getDistrictId()),
                    done,
                    overdue,
                    milestones));
        }
        return out;
    }
}
