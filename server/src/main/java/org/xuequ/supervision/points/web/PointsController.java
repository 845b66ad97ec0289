package org.xuequ.supervision.points.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.SupervisionScope;
import org.xuequ.supervision.points.PointsBoard;
import org.xuequ.supervision.points.PointsCalculation;
import org.xuequ.supervision.points.PointsViews;
import org.xuequ.supervision.points.RuleKind;

/**
 * Points (积分制): the ranking and each unit's ledger of a school year (every entry names its source record), and the
 * rules as data. Read by the commission, inspectors, district offices (their districts) and a unit (itself); the
 * commission edits the rules, which re-derives the region's ledger.
 */
@RestController
@RequestMapping("/api/supervision/points")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class PointsController {

    private final PointsBoard board;
    private final SupervisionScope scope;

    PointsController(PointsBoard board, SupervisionScope scope) {
        this.board = board;
        this.scope = scope;
    }

    /** A rule's new value; {@code threshold} (0–100) for INSPECTION_SCORE only. */
    record RuleForm(
            @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal points,

            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal threshold) {}

    /** Rules to change, by kind; kinds left out keep their values. */
    record RulesForm(@NotNull Map<RuleKind, @Valid RuleForm> rules) {}

    /** The member units of the districts in scope by points for the school year (default: the current one). */
    @GetMapping
    List<PointsViews.Ranked> ranking(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long districtId) {
        return board.ranking(year == null ? scope.term(null, null).schoolYear() : year, districtId);
    }

    /** A unit's ledger of the school year: base, entries with their source records, total. */
    @GetMapping("/units/{unitId}")
    PointsViews.Ledger ledger(@PathVariable long unitId, @RequestParam(required = false) @Nullable Integer year) {
        return board.ledger(unitId, year == null ? scope.term(null, null).schoolYear() : year);
    }

    /** The region's points rules (defaults where the commission has not set them). */
    @GetMapping("/rules")
    List<PointsViews.RuleView> rules() {
        return board.rules();
    }

    /** Changes rules; the region's ledger is re-derived under them at once (entries updated, never doubled). */
    @PutMapping("/rules")
    @Permits({Role.ADMIN, Role.COMMISSION})
    List<PointsViews.RuleView> change(@Valid @RequestBody RulesForm form) {
        Map<RuleKind, PointsCalculation.Rule> changes = new EnumMap<>(RuleKind.class);
        form.rules()
                .forEach(
                        (kind, rule) -> changes.put(kind, new PointsCalculation.Rule(rule.points(), rule.threshold())));
        return board.change(changes);
    }
}
