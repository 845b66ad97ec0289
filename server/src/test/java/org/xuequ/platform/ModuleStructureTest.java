package org.xuequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.xuequ.XuequApplication;

/**
 * One top-level package per business capability; modules use each other only through their APIs, never
 * through each other's tables, and the map of them in docs/modules/ is regenerated here so it stays true.
 */
class ModuleStructureTest {

    private static final Path DOCS = Path.of("../docs/modules");
    private static final Path FRESH_DOCS = Path.of("target/module-docs");
    private static final Path SOURCES = Path.of("src/main/java/org/xuequ");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    // The engine is a separate library (its own Maven module, no Spring) that enrollment uses as a
    // dependency, not a module of this application.
    private static final ApplicationModules MODULES =
            ApplicationModules.of(XuequApplication.class, JavaClass.Predicates.resideInAPackage("org.xuequ.engine.."));

    /**
     * Which module owns each table. A new table must be given an owner here; only its owner's code may
     * name it in SQL. The demo module is exempt: it loads sample data in bulk for demonstrations and
     * benchmarks and is not part of any production flow.
     */
    private static final Map<String, Set<String>> TABLES = Map.of(
            "platform",
                    Set.of(
                            "app_setting",
                            "app_user",
                            "app_user_district",
                            "audit_entry",
                            "hsearch_agent",
                            "hsearch_outbox_event",
                            "platform_job",
                            "platform_upload",
                            "scheduled_tasks",
                            "sign_in_key",
                            "sign_in_throttle",
                            "spring_session",
                            "spring_session_attributes"),
            "registry",
                    Set.of(
                            "region",
                            "subdistrict",
                            "school_district",
                            "school_district_subdistrict",
                            "address_block",
                            "education_unit",
                            "unit_seats",
                            "feeder_link",
                            "education_group",
                            "partner_institution",
                            "principal_alliance",
                            "principal_alliance_unit",
                            "district_membership",
                            "district_council_member",
                            "district_committee_department",
                            "district_office_staff",
                            "district_position",
                            "census_age_band",
                            "census_region"),
            "enrollment",
                    Set.of(
                            "school_age_child",
                            "enrollment_cycle",
                            "enrollment_policy",
                            "enrollment_policy_rule",
                            "enrollment_application",
                            "enrollment_application_choice",
                            "enrollment_appeal",
                            "attendance_zone",
                            "attendance_zone_block",
                            "attendance_zone_school",
                            "zoning_proposal",
                            "zoning_proposal_block_lock",
                            "zoning_proposal_school_lock",
                            "zoning_proposal_zone",
                            "zoning_proposal_zone_school",
                            "zoning_proposal_block",
                            "allocation_run",
                            "allocation_run_applicant",
                            "allocation_run_seat",
                            "allocation_result",
                            "allocation_cutoff",
                            "allocation_outcome"),
            "sharing",
                    Set.of(
                            "sharing_resource",
                            "sharing_opening_hours",
                            "sharing_blackout",
                            "sharing_holiday",
                            "sharing_booking",
                            "sharing_booking_series",
                            "sharing_institution_account",
                            "sharing_notification",
                            "sharing_notification_read"),
            "evaluation",
                    Set.of(
                            "evaluation_conditions",
                            "evaluation_assessment_scheme",
                            "evaluation_assessment_criterion",
                            "evaluation_assessment_cycle",
                            "evaluation_assessment_unit",
                            "evaluation_assessment_score",
                            "evaluation_assessment_commendation",
                            "evaluation_weak_unit_file",
                            "evaluation_support_measure"),
            "planning",
                    Set.of(
                            "planning_plan",
                            "planning_indicator",
                            "planning_indicator_value",
                            "planning_project",
                            "planning_milestone",
                            "planning_enrollment_history",
                            "planning_district_settings",
                            "planning_births",
                            "planning_housing"),
            "supervision",
                    Set.of(
                            "supervision_inspector",
                            "supervision_assignment",
                            "supervision_rubric",
                            "supervision_rubric_criterion",
                            "supervision_plan",
                            "supervision_draw",
                            "supervision_planned_inspection",
                            "supervision_inspection",
                            "supervision_score",
                            "supervision_draft_finding",
                            "supervision_photo",
                            "supervision_photo_data",
                            "supervision_finding",
                            "supervision_notice",
                            "supervision_points_rule",
                            "supervision_points_entry"),
            "governance",
                    Set.of(
                            "governance_body",
                            "governance_member",
                            "governance_party_unit",
                            "governance_charter",
                            "governance_charter_version",
                            "governance_meeting",
                            "governance_agenda_item",
                            "governance_attendance",
                            "governance_vote",
                            "governance_document",
                            "governance_action",
                            "governance_notice",
                            "governance_work_plan",
                            "governance_work_plan_item"),
            "workforce",
                    Set.of(
                            // staff (V53), rotation (V54), training (V55), cross-school roles (V56), research (V58),
                            // sessions (V59)
                            "workforce_staff",
                            "workforce_posting",
                            "workforce_rotation_round",
                            "workforce_rotation_wish",
                            "workforce_rotation_need",
                            "workforce_rotation_move",
                            "workforce_training_cycle",
                            "workforce_course",
                            "workforce_enrolment",
                            "workforce_cross_role",
                            "workforce_research_group",
                            "workforce_research_member",
                            "workforce_research_activity",
                            "workforce_research_attendance",
                            "workforce_research_output",
                            "workforce_research_author",
                            "workforce_course_session",
                            "workforce_session_attendance",
                            "workforce_training_reminder"));

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern TABLE_IN_SQL = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b|@Table\\(\\s*name\\s*=\\s*\"([a-z_]+)\"");

    @Test
    void modulesUseEachOtherOnlyThroughWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void everyTableHasOneOwningModule() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        Set<String> owned =
                TABLES.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        assertThat(owned)
                .as("tables with an owner in ModuleStructureTest.TABLES")
                .containsAll(created);
        assertThat(TABLES.values().stream().mapToInt(Set::size).sum())
                .as("a table has one owner")
                .isEqualTo(owned.size());
    }

    @Test
    void noModuleNamesAnotherModulesTables() throws IOException {
        Map<String, String> ownerOf = new TreeMap<>();
        TABLES.forEach((module, tables) -> tables.forEach(table -> ownerOf.put(table, module)));
        List<String> trespasses = new ArrayList<>();
        for (String module : TABLES.keySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    Matcher m = TABLE_IN_SQL.matcher(Files.readString(file));
                    while (m.find()) {
                        String table = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase();
                        String owner = ownerOf.get(table);
                        if (owner != null && !owner.equals(module)) {
                            trespasses.add(SOURCES.relativize(file) + " names " + owner + "'s table " + table);
                        }
                    }
                }
            }
        }
        assertThat(trespasses)
                .as("a module reads another module's data through that module's API")
                .isEmpty();
    }

    @Test
    void theModuleMapInDocsIsCurrent() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(FRESH_DOCS.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
        Files.writeString(FRESH_DOCS.resolve("README.md"), overview());
        Map<String, String> fresh = contents(FRESH_DOCS);
        Map<String, String> committed = Files.isDirectory(DOCS) ? contents(DOCS) : Map.of();
        if (!fresh.equals(committed)) {
            replace(DOCS, fresh);
        }
        assertThat(committed)
                .as(DOCS + " was out of date and has been regenerated; commit it")
                .isEqualTo(fresh);
    }

    /** A page GitHub renders: modules, what each may use, and a Mermaid diagram of the same. */
    private static String overview() {
        StringBuilder md = new StringBuilder("""
                # Modules 模块

                Generated by `ModuleStructureTest` from the code (Spring Modulith); do not edit by hand.
                `components.puml` and `module-*.puml` are the PlantUML diagrams, `module-*.adoc` the module
                canvases (API types, aggregates, events, Spring components). See `../architecture.md` for the prose.

                ```mermaid
                graph LR
                """);
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
                .toList();
        StringBuilder table = new StringBuilder(
                "\n| module | display name | base package | named interfaces | depends on |\n|---|---|---|---|---|\n");
        for (ApplicationModule module : modules) {
            String id = module.getIdentifier().toString();
            Set<String> targets = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(m -> m.getIdentifier().toString())
                    .filter(t -> !t.equals(id))
                    .collect(Collectors.toCollection(TreeSet::new));
            targets.forEach(
                    t -> md.append("    ").append(id).append(" --> ").append(t).append('\n'));
            String named = module.getNamedInterfaces().stream()
                    .filter(n -> !n.isUnnamed())
                    .map(n -> n.getName())
                    .sorted()
                    .collect(Collectors.joining(", "));
            table.append("| ")
                    .append(id)
                    .append(" | ")
                    .append(module.getDisplayName())
                    .append(" | `")
                    .append(module.getBasePackage().getName())
                    .append("` | ")
                    .append(named.isEmpty() ? "–" : named)
                    .append(" | ")
                    .append(targets.isEmpty() ? "–" : String.join(", ", targets))
                    .append(" |\n");
        }
        return md.append("```\n").append(table).toString();
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(
                            f -> f.getFileName().toString(), f -> inStableOrder(read(f)), (a, b) -> a, TreeMap::new));
        }
    }

    /** The Documenter writes a diagram's relations in hash order; sorted, a rerun gives the same file. */
    private static String inStableOrder(String text) {
        List<String> lines = text.lines().toList();
        List<String> relations = lines.stream()
                .filter(l -> l.startsWith("Rel("))
                .sorted()
                .distinct()
                .toList();
        if (relations.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean written = false;
        for (String line : lines) {
            if (!line.startsWith("Rel(")) {
                out.append(line).append('\n');
            } else if (!written) {
                relations.forEach(r -> out.append(r).append('\n'));
                written = true;
            }
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }
}
