package org.xuequ.supervision.inspections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.supervision.rubrics.Rubric;
import org.xuequ.supervision.rubrics.RubricCriterion;
import org.xuequ.supervision.rubrics.Scoring;

/**
 * The rules a draft and a submission obey, against the rubric, without Spring: scores on the rubric's criteria
 * (a level for criteria scored by levels, points within the maximum for the others), findings on its criteria
 * naming the inspection's own photos; and, to submit, every criterion scored and evidence wherever required.
 */
final class DraftCheck {

    private DraftCheck() {}

    /** The draft's scores with their points, or the reasons it cannot be saved (field paths name the input). */
    record Checked(List<Score> scores, List<DraftFinding> findings, List<FieldProblem> errors) {}

    static Checked draft(Rubric rubric, DraftContent content, Set<Long> inspectionPhotos) {
        Map<Long, RubricCriterion> criteria =
                rubric.getCriteria().stream().collect(Collectors.toMap(RubricCriterion::getId, c -> c));
        List<FieldProblem> errors = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < content.scores().size(); i++) {
            DraftContent.ScoreInput s = content.scores().get(i);
            String at = "scores[" + i + "].";
            RubricCriterion c = criteria.get(s.criterionId());
            if (c == null || !seen.add(s.criterionId())) {
                errors.add(new FieldProblem(at + "criterionId", "error.supervision.unknown-criterion"));
                continue;
            }
            BigDecimal points;
            Scoring.Level level = null;
            if (c.getScoring() == Scoring.LEVELS) {
                if (s.level() == null) {
                    errors.add(new FieldProblem(at + "level", "error.supervision.level-for-levels"));
                    continue;
                }
                level = s.level();
                points = level.points(c.getMaxPoints());
            } else {
                points = s.points();
                if (points == null || points.signum() < 0 || points.compareTo(c.getMaxPoints()) > 0) {
                    errors.add(new FieldProblem(at + "points", "error.supervision.points-range"));
                    continue;
                }
            }
            scores.add(new Score(c.getId(), level, points, blank(s.note())));
        }
        List<DraftFinding> findings = new ArrayList<>();
        for (int i = 0; i < content.findings().size(); i++) {
            DraftContent.FindingInput f = content.findings().get(i);
            String at = "findings[" + i + "].";
            if (!criteria.containsKey(f.criterionId())) {
                errors.add(new FieldProblem(at + "criterionId", "error.supervision.unknown-criterion"));
            }
            List<Long> photos = f.photoIds() == null ? List.of() : f.photoIds();
            if (!inspectionPhotos.containsAll(photos)) {
                errors.add(new FieldProblem(at + "photoIds", "error.supervision.unknown-photo"));
            }
            findings.add(new DraftFinding(
                    f.criterionId(),
                    f.severity(),
                    f.description().strip(),
                    blank(f.evidence()),
                    blank(f.requirement()),
                    photos.isEmpty()
                            ? null
                            : photos.stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return new Checked(scores, findings, errors);
    }

    /** What keeps a saved draft from being submitted; field paths name the criterion or finding. */
    static List<FieldProblem> submission(Rubric rubric, Inspection inspection, Set<Long> criteriaWithPhotos) {
        Map<Long, Score> scores = new HashMap<>();
        inspection.getScores().forEach(s -> scores.put(s.criterionId(), s));
        List<FieldProblem> errors = new ArrayList<>();
        for (RubricCriterion c : rubric.getCriteria()) {
            Score s = scores.get(c.getId());
            if (s == null) {
                errors.add(new FieldProblem("scores[" + c.getId() + "]", "error.supervision.score-missing"));
            } else if (c.isEvidenceRequired() && s.note() == null && !criteriaWithPhotos.contains(c.getId())) {
                errors.add(new FieldProblem("scores[" + c.getId() + "].note", "error.supervision.evidence-required"));
            }
        }
        List<DraftFinding> findings = inspection.getDraftFindings();
        for (int i = 0; i < findings.size(); i++) {
            DraftFinding f = findings.get(i);
            if (f.evidence() == null && f.photos().isEmpty()) {
                errors.add(new FieldProblem("findings[" + i + "].evidence", "error.supervision.evidence-required"));
            }
        }
        return errors;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
