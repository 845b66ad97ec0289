package org.xuequ.governance.charters;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.bodies.GovernanceAccess;
import org.xuequ.governance.charters.CharterViews.CharterDetail;
import org.xuequ.governance.charters.CharterViews.CharterSummary;
import org.xuequ.governance.charters.CharterViews.VersionView;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.registry.RegistryReads;

/**
 * Charters (章程): the bureau's template, written and approved by the commission, and each district's charter,
 * drafted by the district from the template and approved by the commission.
 */
@Service
@Transactional(readOnly = true)
public class Charters {

    private final CharterRepository charters;
    private final GovernanceAccess access;
    private final RegistryReads registry;
    private final Clock clock;
    private final PartyBuildingRule rule = PartyBuildingRule.DEFAULT;

    Charters(CharterRepository charters, GovernanceAccess access, RegistryReads registry, Clock clock) {
        this.charters = charters;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    /** The template and the district charters the caller may read. */
    public List<CharterSummary> list() {
        String region = access.region();
        List<Charter> found = charters.findByRegionCodeOrderByDistrictIdAscIdAsc(region).stream()
                .filter(this::readable)
                .sorted(Comparator.comparing((Charter c) -> !c.isTemplate()))
                .toList();
        Map<Long, String> names = districtNames(found);
        return found.stream().map(c -> summary(c, names)).toList();
    }

    public CharterDetail get(long id) {
        return detail(visible(id));
    }

    /**
     * A new charter with its first draft: the template when {@code districtId} is null (the commission), else the
     * district's, whose text is the approved template's unless given.
     */
    @Transactional
    public CharterDetail create(@Nullable Long districtId, String title, @Nullable String text) {
        String region = access.region();
        Long templateVersion = null;
        String body = text;
        if (districtId == null) {
            access.requireCommission(region);
        } else {
            if (!region.equals(registry.districtRegions(Set.of(districtId)).get(districtId))) {
                throw XuequProblem.invalid("districtId", "error.governance.unknown-district");
            }
            access.requireEditDistrict(region, districtId);
            if (body == null || body.isBlank()) {
                CharterVersion approved = charters.findByRegionCodeAndDistrictIdIsNull(region)
                        .flatMap(Charter::approved)
                        .orElseThrow(CharterRefusal.NO_TEMPLATE::problem);
                body = approved.getText();
                templateVersion = approved.getId();
            }
        }
        Charter charter = new Charter(region, districtId, title.strip(), clock.instant(), access.actor());
        charter.draft(body == null ? "" : body, templateVersion, clock.instant(), access.actor());
        try {
            charters.saveAndFlush(charter);
        } catch (DataIntegrityViolationException e) {
            throw CharterRefusal.ALREADY_EXISTS.problem();
        }
        return detail(charter);
    }

    /** A new draft: the text given, or the version in force (a new template version for a district when asked). */
    @Transactional
    public CharterDetail draft(long id, @Nullable String text, boolean fromTemplate) {
        Charter charter = writable(id);
        String body = text;
        Long templateVersion = null;
        if ((body == null || body.isBlank()) && fromTemplate && !charter.isTemplate()) {
            CharterVersion approved = charters.findByRegionCodeAndDistrictIdIsNull(charter.getRegionCode())
                    .flatMap(Charter::approved)
                    .orElseThrow(CharterRefusal.NO_TEMPLATE::problem);
            body = approved.getText();
            templateVersion = approved.getId();
        }
        if (body == null || body.isBlank()) {
            List<CharterVersion> versions = charter.getVersions();
            CharterVersion base = charter.approved().orElse(versions.get(versions.size() - 1));
            body = base.getText();
            templateVersion = base.getTemplateVersionId();
        }
        charter.draft(body, templateVersion, clock.instant(), access.actor());
        flush(charter);
        return detail(charter);
    }

    /** Changes a draft's text; 409 {@code governance-charter-transition} once it is submitted. */
    @Transactional
    public CharterDetail edit(long id, int number, String text, @Nullable String note, long version) {
        Charter charter = writable(id);
        requireVersion(charter, version);
        charter.edit(number, text, note, clock.instant(), access.actor());
        flush(charter);
        return detail(charter);
    }

    /**
     * Submits, approves or returns a version. The district (or, for the template, the commission) submits; the
     * commission approves or returns. 422 {@code governance-charter-party-building} when the text says nothing of
     * party building.
     */
    @Transactional
    public CharterDetail step(long id, int number, CharterStatus.Step step, @Nullable String note, long version) {
        Charter charter = step == CharterStatus.Step.SUBMIT ? writable(id) : visible(id);
        if (step != CharterStatus.Step.SUBMIT) {
            access.requireCommission(charter.getRegionCode());
        }
        requireVersion(charter, version);
        charter.step(number, step, rule, note, clock.instant(), access.actor());
        flush(charter);
        return detail(charter);
    }

    /** The line diff from one version to another. */
    public CharterDiff diff(long id, int from, int to) {
        Charter charter = visible(id);
        return CharterDiff.between(
                from, charter.version(from).getText(), to, charter.version(to).getText());
    }

    private void flush(Charter charter) {
        try {
            charters.flush();
        } catch (DataIntegrityViolationException e) {
            // two drafts started at once: the partial unique index lets one through
            throw CharterRefusal.OPEN_VERSION_EXISTS.problem();
        }
    }

    private boolean readable(Charter c) {
        return c.isTemplate()
                ? access.readsTemplate(c.getRegionCode())
                : access.canReadDistrict(c.getRegionCode(), c.getDistrictId());
    }

    private boolean writes(Charter c) {
        return c.isTemplate()
                ? access.isCommission(c.getRegionCode())
                : access.canEditDistrict(c.getRegionCode(), c.getDistrictId());
    }

    private Charter visible(long id) {
        Charter charter = charters.findById(id).orElseThrow(() -> XuequProblem.notFound("charter", id));
        if (!readable(charter)) {
            throw new OutOfScopeException();
        }
        return charter;
    }

    private Charter writable(long id) {
        Charter charter = visible(id);
        if (!writes(charter)) {
            throw new OutOfScopeException();
        }
        return charter;
    }

    private static void requireVersion(Charter charter, long version) {
        if (charter.getVersion() != version) {
            throw CharterRefusal.STALE.problem();
        }
    }

    private Map<Long, String> districtNames(List<Charter> list) {
        return registry.districtNames(list.stream()
                .map(Charter::getDistrictId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static CharterSummary summary(Charter c, Map<Long, String> names) {
        var open = c.open();
        return new CharterSummary(
                c.getId(),
                c.getVersion(),
                c.isTemplate(),
                c.getDistrictId(),
                c.getDistrictId() == null ? null : names.get(c.getDistrictId()),
                c.getTitle(),
                c.approved().map(CharterVersion::getNumber).orElse(null),
                open.map(CharterVersion::getNumber).orElse(null),
                open.map(CharterVersion::getStatus).orElse(null),
                c.getUpdatedAt());
    }

    private CharterDetail detail(Charter c) {
        boolean writes = writes(c);
        boolean decides = access.isCommission(c.getRegionCode());
        List<VersionView> versions = c.getVersions().stream()
                .sorted(Comparator.comparingInt(CharterVersion::getNumber).reversed())
                .map(v -> new VersionView(
                        v.getNumber(),
                        v.getStatus(),
                        v.getText(),
                        rule.clause(v.getText()).isPresent()
                                ? rule.clause(v.getText()).getAsInt()
                                : null,
                        v.getTemplateVersionId(),
                        v.getNote(),
                        v.getCreatedAt(),
                        v.getCreatedBy(),
                        v.getSubmittedAt(),
                        v.getDecidedAt(),
                        v.getDecidedBy(),
                        writes && c.canEdit(v),
                        writes && v.getStatus().allows(CharterStatus.Step.SUBMIT),
                        decides && v.getStatus().allows(CharterStatus.Step.APPROVE)))
                .toList();
        return new CharterDetail(
                summary(c, districtNames(List.of(c))),
                versions,
                writes && c.open().isEmpty());
    }
}
