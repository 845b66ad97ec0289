package org.xuequ.evaluation.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.engine.balance.BalanceAdvisor;
import org.xuequ.engine.balance.BalanceReport;
import org.xuequ.engine.balance.BalanceWhatIf;
import org.xuequ.engine.balance.Change;
import org.xuequ.engine.balance.ChangeKind;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.IndicatorResult;
import org.xuequ.engine.balance.SchoolConditions;
import org.xuequ.engine.balance.Suggestion;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.registry.RegistryReads;

/** The arithmetic behind a figure, what-if changes, and the best next steps; nothing here writes. */
@Service
@Transactional(readOnly = true)
public class BalanceAdvice {

    private static final String FORMULA =
            "X̄ = ΣRᵢ / ΣPᵢ；CV = √(Σ (Pᵢ/P)(Xᵢ − X̄)²) / X̄（Rᵢ 资源量 resource, Pᵢ 学生数 pupils, Xᵢ = Rᵢ/Pᵢ）";

    /** How many single advisor steps a plan of suggestions may take in all. */
    private static final int MAX_ROUNDS = 60;

    private final BalanceCalculations calculations;

    BalanceAdvice(BalanceCalculations calculations) {
        this.calculations = calculations;
    }

    /** One change as the console sends it. */
    public record ChangeForm(
            ChangeKind kind, Indicator indicator, @Nullable Long fromUnitId, Long toUnitId, double amount) {}

    /** The same selection before and after the changes. */
    public record WhatIf(BalanceView before, BalanceView after) {}

    /** A suggested step with its effect and its reasoning, Chinese and English. */
    public record SuggestionView(
            ChangeView change,
            Indicator indicator,
            double cvBefore,
            double cvAfter,
            double gainPerUnit,
            String perUnitZh,
            String perUnitEn,
            String reasonZh,
            String reasonEn) {}

    /** A change with the schools' names. */
    public record ChangeView(
            ChangeKind kind,
            Indicator indicator,
            @Nullable Long fromUnitId,
            @Nullable String fromUnitName,
            long toUnitId,
            String toUnitName,
            double amount) {}

    public BalanceArithmetic arithmetic(BalanceSelection selection, Indicator indicator) {
        BalanceSelection resolved = calculations.resolve(selection);
        BalanceInputs inputs = calculations.inputsOf(resolved);
        BalanceReport report = calculations.assess(resolved, inputs.schools());
        IndicatorResult result = report.indicators().stream()
                .filter(r -> r.indicator() == indicator)
                .findFirst()
                .orElseThrow(() -> XuequProblem.invalid("indicator", "error.balance.indicator"));
        return arithmetic(result, inputs);
    }

    /** The report and every indicator's arithmetic from one calculation: what the exports print. */
    public Report report(BalanceSelection selection) {
        BalanceSelection resolved = calculations.resolve(selection);
        BalanceInputs inputs = calculations.inputsOf(resolved);
        BalanceReport report = calculations.assess(resolved, inputs.schools());
        return new Report(
                calculations.view(resolved, inputs, report),
                report.indicators().stream().map(r -> arithmetic(r, inputs)).toList());
    }

    /** A balance view with the arithmetic of each of its indicators. */
    public record Report(BalanceView view, List<BalanceArithmetic> arithmetic) {
        public void writeXlsx(java.io.OutputStream out) throws java.io.IOException {
            BalanceWorkbook.write(view, arithmetic, out);
        }

        public void writePdf(java.io.OutputStream out) throws java.io.IOException {
            BalancePdf.write(view, out);
        }

        public String title() {
            return BalanceWorkbook.title(view);
        }
    }

    private static BalanceArithmetic arithmetic(IndicatorResult result, BalanceInputs inputs) {
        Indicator indicator = result.indicator();
        IndicatorLabel label = IndicatorLabel.of(indicator);
        List<BalanceArithmetic.Term> terms = new ArrayList<>();
        for (IndicatorResult.Term t : result.terms()) {
            RegistryReads.Unit unit = inputs.unit(t.schoolId());
            terms.add(new BalanceArithmetic.Term(
                    unit.id(),
                    unit.name(),
                    t.pupils(),
                    t.resource(),
                    t.value(),
                    t.weight(),
                    t.value() - result.value(),
                    t.weightedSquare()));
        }
        return new BalanceArithmetic(
                indicator,
                indicator.basis(),
                label.nameZh(),
                label.nameEn(),
                FORMULA,
                result.totalResource(),
                result.totalPupils(),
                result.value(),
                result.variance(),
                Math.sqrt(result.variance()),
                result.cv(),
                BalanceCalculations.nullIfNaN(result.threshold()),
                terms);
    }

    /** @throws XuequProblem 400 naming the change and field that cannot be applied; nothing is saved either way */
    public WhatIf whatIf(BalanceSelection selection, List<ChangeForm> changes) {
        BalanceSelection resolved = calculations.resolve(selection);
        BalanceInputs inputs = calculations.inputsOf(resolved);
        List<SchoolConditions> before = inputs.schools();
        List<Change> engineChanges = validate(changes, before);
        List<SchoolConditions> after = BalanceWhatIf.apply(before, engineChanges);
        return new WhatIf(
                calculations.view(resolved, inputs, calculations.assess(resolved, before)),
                calculations.view(resolved, inputs, calculations.assess(resolved, after)));
    }

    private static List<Change> validate(List<ChangeForm> changes, List<SchoolConditions> schools) {
        Map<String, SchoolConditions> byId = new HashMap<>();
        schools.forEach(s -> byId.put(s.schoolId(), s));
        List<FieldProblem> errors = new ArrayList<>();
        List<Change> out = new ArrayList<>();
        Map<String, Double> taken = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            ChangeForm c = changes.get(i);
            String at = "changes[" + i + "].";
            if (c.kind() == null || c.indicator() == null || c.toUnitId() == null) {
                errors.add(new FieldProblem(
                        at + (c.kind() == null ? "kind" : c.indicator() == null ? "indicator" : "toUnitId"),
                        "error.required"));
                continue;
            }
            if (!(c.amount() > 0) || Double.isInfinite(c.amount())) {
                errors.add(new FieldProblem(at + "amount", "error.balance.amount"));
            }
            String to = c.toUnitId().toString();
            if (!byId.containsKey(to)) {
                errors.add(new FieldProblem(at + "toUnitId", "error.balance.unknown-school"));
            }
            String from = null;
            if (c.kind() == ChangeKind.MOVE) {
                from = c.fromUnitId() == null ? null : c.fromUnitId().toString();
                if (from == null) {
                    errors.add(new FieldProblem(at + "fromUnitId", "error.required"));
                } else if (!byId.containsKey(from)) {
                    errors.add(new FieldProblem(at + "fromUnitId", "error.balance.unknown-school"));
                } else if (from.equals(to)) {
                    errors.add(new FieldProblem(at + "toUnitId", "error.balance.same-school"));
                } else {
                    // Several changes may draw on the same school: what they take together must be there.
                    String key = from + "/" + c.indicator();
                    double total = taken.merge(key, c.amount(), Double::sum);
                    Double has = byId.get(from).resources().get(c.indicator());
                    if (has == null || total > has + 1e-9) {
                        errors.add(new FieldProblem(at + "amount", "error.balance.move-too-much"));
                    }
                }
            }
            out.add(new Change(c.kind(), c.indicator(), from, to, c.amount()));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        return out;
    }

    public List<SuggestionView> suggestions(BalanceSelection selection, int limit) {
        BalanceSelection resolved = calculations.resolve(selection);
        BalanceInputs inputs = calculations.inputsOf(resolved);
        List<SchoolConditions> schools = inputs.schools();
        calculations.requireReported(resolved, schools);
        // Steps in sequence: each is the advisor's best step after the ones before it were taken, so a plan of
        // five steps reads as five things to do, not five alternatives to the first. The advisor moves one
        // teacher or adds 10,000 yuan / 100 m² at a time; repeats of the same step are one step of the summed
        // amount ("add 4,800 m² at A"), bounded so that a region of 300 schools still answers in milliseconds.
        List<Suggestion> steps = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Suggestion> next = BalanceAdvisor.suggest(schools, resolved.level(), resolved.standard(), 1);
            if (next.isEmpty() || !(next.get(0).cvAfter() < next.get(0).cvBefore())) {
                break;
            }
            Suggestion step = next.get(0);
            Suggestion last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && sameStep(last.change(), step.change())) {
                steps.set(steps.size() - 1, merged(last, step));
            } else if (steps.size() < limit) {
                steps.add(step);
            } else {
                break;
            }
            schools = BalanceWhatIf.apply(schools, List.of(step.change()));
        }
        List<SuggestionView> out = new ArrayList<>();
        steps.forEach(step -> out.add(SuggestionReasons.view(step, inputs)));
        return out;
    }

    private static boolean sameStep(Change a, Change b) {
        return a.kind() == b.kind()
                && a.indicator() == b.indicator()
                && java.util.Objects.equals(a.fromSchoolId(), b.fromSchoolId())
                && a.toSchoolId().equals(b.toSchoolId());
    }

    private static Suggestion merged(Suggestion first, Suggestion next) {
        double amount = first.change().amount() + next.change().amount();
        Change change = new Change(
                first.change().kind(),
                first.change().indicator(),
                first.change().fromSchoolId(),
                first.change().toSchoolId(),
                amount);
        double units = amount / first.unitSize();
        return new Suggestion(
                change,
                first.target(),
                first.cvBefore(),
                next.cvAfter(),
                (first.cvBefore() - next.cvAfter()) / units,
                first.unitSize(),
                first.failingBefore(),
                next.failingAfter());
    }
}
