package org.xuequ.supervision.rubrics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.platform.excel.ImportRejected;
import org.xuequ.platform.excel.ImportRow;

/**
 * A rubric as one Excel sheet, a criterion per row with its domain and item: export, template, and an import
 * that is all or nothing — any bad row and nothing is stored; a good file becomes a new rubric (or the next
 * edition of the rubric of that name: an existing template is never overwritten).
 */
@Service
public class RubricSheet {

    private static final ExcelSheet SHEET = new ExcelSheet(
            "督导指标 Rubric",
            List.of(
                    new ExcelSheet.Column("领域代码", "domainCode", "", 10),
                    new ExcelSheet.Column("领域", "domainZh", "", 14),
                    new ExcelSheet.Column("领域（英文）", "domainEn", "", 18),
                    new ExcelSheet.Column("项目代码", "itemCode", "", 10),
                    new ExcelSheet.Column("项目", "itemZh", "", 20),
                    new ExcelSheet.Column("项目（英文）", "itemEn", "", 24),
                    new ExcelSheet.Column("指标代码", "code", "唯一 / unique", 10),
                    new ExcelSheet.Column("指标", "textZh", "", 40),
                    new ExcelSheet.Column("指标（英文）", "textEn", "", 40),
                    new ExcelSheet.Column("计分方式", "scoring", "等级 LEVELS / 分值 POINTS", 12),
                    new ExcelSheet.Column("分值", "maxPoints", ">0，至多两位小数 / > 0, two decimals", 8),
                    new ExcelSheet.Column("需佐证", "evidenceRequired", "是/否 yes/no", 8)));

    private static final Map<String, Scoring> SCORINGS =
            Map.of("等级", Scoring.LEVELS, "LEVELS", Scoring.LEVELS, "分值", Scoring.POINTS, "POINTS", Scoring.POINTS);
    private static final Map<String, Boolean> YES_NO =
            Map.of("是", true, "否", false, "yes", true, "no", false, "YES", true, "NO", false);

    private final Rubrics rubrics;
    private final MessageSource messages;

    RubricSheet(Rubrics rubrics, MessageSource messages) {
        this.rubrics = rubrics;
        this.messages = messages;
    }

    public void template(OutputStream out) {
        SHEET.write(out, rows -> {});
    }

    /** The rubric's criteria in order, one per row. */
    @Transactional(readOnly = true)
    public void export(long id, OutputStream out) {
        Rubric rubric = rubrics.rubric(id);
        SHEET.write(
                out,
                rows -> rubric.getCriteria().forEach(c -> {
                    CriterionFields f = c.fields();
                    rows.accept(List.of(
                            f.domainCode(),
                            f.domainZh(),
                            f.domainEn(),
                            f.itemCode(),
                            f.itemZh(),
                            f.itemEn(),
                            f.code(),
                            f.textZh(),
                            f.textEn(),
                            f.scoring() == Scoring.LEVELS ? "等级" : "分值",
                            f.maxPoints(),
                            f.evidenceRequired() ? "是" : "否"));
                }));
    }

    /** @throws ImportRejected naming every bad row and column; nothing is stored then */
    @Transactional
    public RubricView importFile(String name, Path file) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw XuequProblem.invalid("name", "error.required");
        }
        return rubrics.create(name, stage(file));
    }

    /** The upload with an error column on each bad row; nothing is stored. */
    public void annotate(Path file, Supplier<OutputStream> out) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try {
            stage(file);
        } catch (ImportRejected rejected) {
            reasons.putAll(rejected.reasonsByRow(messages, LocaleContextHolder.getLocale()));
        }
        ExcelSheet.annotate(file, reasons, out.get());
    }

    private List<CriterionFields> stage(Path file) {
        List<ExcelSheet.Column> columns = SHEET.columns();
        List<FieldProblem> errors = new ArrayList<>();
        List<CriterionFields> criteria = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        SHEET.read(file, row -> {
            ImportRow checked = new ImportRow(row, columns, errors);
            String[] texts = new String[9];
            int[] limits = {20, 100, 100, 20, 200, 200, 20, 500, 500};
            for (int c = 0; c < texts.length; c++) {
                texts[c] = checked.text(c, true, limits[c]);
            }
            Scoring scoring = checked.choice(9, SCORINGS, true);
            BigDecimal max = null;
            if (row.get(10) == null) {
                checked.reject(10, "error.required");
            } else {
                max = checked.decimal(10, 0.01, 1000, "error.excel.out-of-range");
                if (max != null && max.stripTrailingZeros().scale() > 2) {
                    checked.reject(10, "error.excel.two-decimals");
                }
            }
            Boolean evidence = checked.choice(11, YES_NO, false);
            if (!checked.bad()) {
                criteria.add(new CriterionFields(
                        texts[0],
                        texts[1],
                        texts[2],
                        texts[3],
                        texts[4],
                        texts[5],
                        texts[6],
                        texts[7],
                        texts[8],
                        scoring,
                        max,
                        Boolean.TRUE.equals(evidence)));
                rowNumbers.add(row.number());
            }
        });
        if (errors.isEmpty()) {
            errors.addAll(RubricRules.check(criteria, (i, property) -> header(property), rowNumbers::get));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
            throw new ImportRejected(errors);
        }
        return criteria;
    }

    private static String header(String property) {
        return SHEET.columns().stream()
                .filter(c -> c.english().equals(property))
                .map(ExcelSheet.Column::header)
                .findFirst()
                .orElse(property);
    }
}
