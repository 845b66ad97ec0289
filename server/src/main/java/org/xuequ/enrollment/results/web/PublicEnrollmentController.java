package org.xuequ.enrollment.results.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.enrollment.results.PublicResults;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.DrawReplay;
import org.xuequ.enrollment.web.EnrollmentViews;
import org.xuequ.enrollment.web.EnrollmentViews.Ref;
import org.xuequ.enrollment.zones.ZoneLookup;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.platform.accounts.RateLimited;
import org.xuequ.registry.RegistryReads;

/**
 * No login: zone look-up, the list of draws with their commitments and revealed seeds, the frozen
 * inputs, a result by application number, and the replay that checks a published draw.
 */
@RestController
@RequestMapping("/api/public/enrollment")
@PublicEndpoint(
        "zone look-up, published draws and their replay are public by policy; one's own result needs the application number and a second fact")
class PublicEnrollmentController {

    private final ZoneLookup lookup;
    private final DrawReplay replay;
    private final PublicResults results;
    private final Cycles cycles;
    private final RegistryReads registry;
    private final EnrollmentViews views;

    PublicEnrollmentController(
            ZoneLookup lookup,
            DrawReplay replay,
            PublicResults results,
            Cycles cycles,
            RegistryReads registry,
            EnrollmentViews views) {
        this.lookup = lookup;
        this.replay = replay;
        this.results = results;
        this.cycles = cycles;
        this.registry = registry;
        this.views = views;
    }

    /**
     * An address block as the public sees it.
     *
     * @param subdistrict the subdistrict's name
     */
    record BlockView(long id, String name, String community, String subdistrict) {}

    /** An enrollment cycle by name, school year and level. */
    record CycleRef(long id, String name, int schoolYear, Level level) {}

    /** A priority tier: its rank (1 is the highest) and name. */
    record TierView(int rank, String label) {}

    /**
     * One address block that matches the look-up, with its zone in the latest cycle of a level.
     * @param schools the zoned school(s)
     * @param tier the best priority tier a child of this family would have at the zone's schools; null when the zone
     *     has no school
     */
    record LookupView(
            BlockView block,
            CycleRef cycle,
            EnrollmentViews.ZoneRef zone,
            List<ZoneLookup.School> schools,
            @Nullable TierView tier) {}

    /**
     * Zone look-up (划片查询) without signing in: the address blocks whose name matches q (at least 2 characters; at most
     * 20 blocks), each with its zone and school(s) in the latest cycle of each level, and the tier a child would have
     * given three facts about the family (hukou here, property here, a residence permit).
     */
    @GetMapping("/zone-lookup")
    List<LookupView> lookup(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean hukou,
            @RequestParam(defaultValue = "false") boolean property,
            @RequestParam(defaultValue = "false") boolean permit) {
        return lookup.lookup(q, new ZoneLookup.Family(hukou, property, permit)).stream()
                .map(a -> new LookupView(
                        new BlockView(
                                a.block().id(),
                                a.block().name(),
                                a.block().community(),
                                a.block().subdistrictName()),
                        new CycleRef(
                                a.cycle().getId(),
                                a.cycle().getName(),
                                a.cycle().getSchoolYear(),
                                a.cycle().getLevel()),
                        new EnrollmentViews.ZoneRef(
                                a.zone().getName(), a.zone().getKind().name()),
                        a.schools(),
                        a.tier() == null ? null : new TierView(a.tier(), views.tierLabel(a.tierLabel()))))
                .toList();
    }

    /**
     * A draw as the public sees it, once committed.
     * @param seedCommitment the SHA-256 of the seed, published before the draw
     * @param seed the seed, revealed once the results are published; null before
     * @param committedAt when the inputs were frozen and the seed drawn
     * @param publishedAt when the results were published; null before
     * @param applicants how many applications the frozen inputs hold
     * @param regionStage whether the draw ends with the region stage (区级统筹): children still unplaced after the
     *     district stage go, in lottery order, to the nearest school of the region with a seat left
     */
    record PublicRun(
            long id,
            String regionCode,
            CycleRef cycle,
            String name,
            AllocationRun.Mechanism mechanism,
            AllocationRun.Status status,
            String seedCommitment,
            @Nullable String seed,
            Instant committedAt,
            @Nullable Instant publishedAt,
            int applicants,
            boolean regionStage) {}

    /** Every committed draw (电脑派位) with its commitment, and its seed once published. */
    @GetMapping("/runs")
    List<PublicRun> runs() {
        return replay.publicRuns().stream().map(this::view).toList();
    }

    /** One committed draw; 404 for a draft or an unknown one. */
    @GetMapping("/runs/{id}")
    PublicRun run(@PathVariable long id) {
        return view(replay.publicRun(id));
    }

    /** The draw's frozen applicants as CSV, so that anyone can rerun it with their own tools. */
    @GetMapping(value = "/runs/{id}/inputs.csv")
    ResponseEntity<String> inputs(@PathVariable long id) {
        return csv("run-" + id + "-applicants.csv", replay.inputsCsv(id));
    }

    /** The draw's frozen seats per school as CSV. */
    @GetMapping(value = "/runs/{id}/schools.csv")
    ResponseEntity<String> schools(@PathVariable long id) {
        return csv("run-" + id + "-schools.csv", replay.seatsCsv(id));
    }

    /**
     * The frozen positions of the schools (WGS-84 degrees) the region stage measures to, as the engine CLI's
     * {@code --school-locations} file ({@code school_id,lon,lat}); schools without a position are left out.
     */
    @GetMapping(value = "/runs/{id}/school-locations.csv")
    ResponseEntity<String> schoolLocations(@PathVariable long id) {
        return csv("run-" + id + "-school-locations.csv", replay.schoolLocationsCsv(id));
    }

    /**
     * Once the draw is published, the frozen home positions (address blocks) of the children who reached its
     * region stage, as the engine CLI's {@code --applicant-locations} file ({@code applicant_id,lon,lat}); only
     * the header when the draw has no region stage. 409 (run-not-published) before publication.
     */
    @GetMapping(value = "/runs/{id}/region-applicants.csv")
    ResponseEntity<String> regionApplicants(@PathVariable long id) {
        return csv("run-" + id + "-applicant-locations.csv", replay.regionApplicantsCsv(id));
    }

    /** The revealed seed to check a draw with: 64 hex digits. */
    record SeedRequest(String seed) {}

    /**
     * Checks a published draw: the seed given (64 hex digits) is hashed against the published commitment, the draw is
     * replayed from the frozen inputs, and every applicant's school is compared with the published result. Answers
     * seedMatchesCommitment, resultMatches, applicants, placed, differenceCount, the first differences and a sample of
     * lottery numbers. 409 before publication.
     */
    @PostMapping("/runs/{id}/verify")
    Map<String, Object> verify(@PathVariable long id, @RequestBody SeedRequest request) {
        DrawReplay.Verdict verdict = replay.verify(id, request.seed());
        java.util.Set<Long> units = new java.util.HashSet<>();
        verdict.differences().forEach(d -> {
            if (d.published() != null) {
                units.add(d.published());
            }
            if (d.replayed() != null) {
                units.add(d.replayed());
            }
        });
        Map<Long, String> names = registry.unitNames(units);
        return Map.of(
                "seedMatchesCommitment",
                verdict.seedMatchesCommitment(),
                "resultMatches",
                verdict.resultMatches(),
                "applicants",
                verdict.applicants(),
                "placed",
                verdict.placed(),
                "differenceCount",
                verdict.differenceCount(),
                "differences",
                verdict.differences().stream()
                        .map(d -> Map.of(
                                "applicationNumber",
                                d.number(),
                                "published",
                                Ref.of(d.published(), names) == null ? Map.of() : Ref.of(d.published(), names),
                                "replayed",
                                Ref.of(d.replayed(), names) == null ? Map.of() : Ref.of(d.replayed(), names)))
                        .toList(),
                "lottery",
                Map.of(
                        "seed",
                        request.seed() == null ? "" : request.seed().strip(),
                        "sample",
                        verdict.sampleLottery().entrySet().stream()
                                .map(e -> Map.of("applicationNumber", e.getKey(), "lottery", e.getValue()))
                                .toList()));
    }

    /**
     * A published result, without name or ID number.
     * @param lottery the lottery number, an unsigned 64-bit integer as decimal text
     * @param unit the school; null when not placed
     * @param stage the stage of the draw that placed the child; null when not placed
     */
    record PublicResult(
            String applicationNumber,
            String lottery,
            @Nullable Ref unit,
            @Nullable String stage) {}

    /** The number and a fact only the family holds; in the body, so that no code ends up in access logs. */
    record ResultRequest(String number, LocalDate birthDate, String accessCode) {}

    /**
     * A family looks up its child's published result with the application number and a second fact: the birth date or
     * the access code. A wrong number and a wrong fact answer the same 404; 429 after too many attempts; 409 before
     * publication.
     */
    @PostMapping("/runs/{id}/result")
    @PublicEndpoint("parents look up their child's published result with the application number and a second fact")
    @RateLimited("result-lookup")
    PublicResult result(@PathVariable long id, @RequestBody ResultRequest request) {
        PublicResults.Line line = results.lookUp(
                id, request.number(), new PublicResults.Proof(request.birthDate(), request.accessCode()));
        return new PublicResult(
                line.number(),
                Long.toUnsignedString(line.lottery()),
                line.unitId() == null ? null : new Ref(line.unitId(), line.unitName()),
                line.stage());
    }

    private PublicRun view(AllocationRun r) {
        EnrollmentCycle c = cycles.unscoped().cycle(r.getCycleId());
        return new PublicRun(
                r.getId(),
                r.getRegionCode(),
                new CycleRef(c.getId(), c.getName(), c.getSchoolYear(), c.getLevel()),
                r.getName(),
                r.getMechanism(),
                r.getStatus(),
                r.getSeedCommitment(),
                r.revealedSeed(),
                r.getCommittedAt(),
                r.getPublishedAt(),
                r.getApplicants(),
                c.isRegionStage());
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
