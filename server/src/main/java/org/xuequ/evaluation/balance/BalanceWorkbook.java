package org.xuequ.evaluation.balance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The balance report in the official tables' layout: 表1 each indicator's region value, CV and
 * threshold; 表2 each school's values against the minimums, failing cells red; 表3 the arithmetic
 * (each school's weight and weighted square) so the workbook can be checked by hand.
 */
final class BalanceWorkbook {

    private BalanceWorkbook() {}

    static String title(BalanceView v) {
        return v.scopeName() + " " + v.year() + "—" + (v.year() + 1) + " 学年"
                + (v.level().equals("PRIMARY") ? "小学" : "初中")
                + ("2017".equals(v.standard()) ? "义务教育优质均衡" : "义务教育基本均衡") + "差异系数及学校达标情况";
    }

    static String verdict(BalanceView v) {
        long failing = v.indicators().stream().filter(i -> !i.passes()).count();
        String cv = v.compositeCv() != null
                ? "综合差异系数 " + BalancePdf.fixed(v.compositeCv(), 4) + (v.cvPasses() ? " 达标" : " 未达标")
                : (v.cvPasses() ? "各项差异系数均达标" : failing + " 项指标差异系数未达标");
        return cv + "；学校达标 " + v.schoolsPassing() + " 所，未达标 " + v.schoolsFailing() + " 所（共 " + v.schools() + " 所）。";
    }

    static void write(BalanceView v, List<BalanceArithmetic> arithmetic, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle red = book.createCellStyle();
            red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet indicators = book.createSheet("表1 差异系数");
            cells(indicators.createRow(0), title(v));
            cells(indicators.createRow(1), verdict(v));
            cells(
                    indicators.createRow(3),
                    "指标",
                    "单位",
                    "区域值",
                    "差异系数",
                    "标准(≤)",
                    "是否达标",
                    "资源总量",
                    "学生总数",
                    "最低要求",
                    "低于最低要求学校数");
            cells(
                    indicators.createRow(4),
                    "indicator",
                    "unit",
                    "value",
                    "cv",
                    "threshold",
                    "passes",
                    "total resource",
                    "total pupils",
                    "minimum",
                    "schools below minimum");
            int r = 5;
            for (BalanceView.IndicatorLine i : v.indicators()) {
                Row row = indicators.createRow(r++);
                cells(
                        row,
                        i.nameZh(),
                        i.unitZh(),
                        i.value(),
                        i.cv(),
                        i.threshold(),
                        i.passes() ? "是" : "否",
                        i.totalResource(),
                        i.totalPupils(),
                        i.minimum(),
                        i.schoolsBelowMinimum());
                if (!i.passes()) {
                    row.getCell(3).setCellStyle(red);
                }
            }
            if (v.compositeCv() != null) {
                cells(
                        indicators.createRow(r),
                        "综合差异系数",
                        "",
                        null,
                        v.compositeCv(),
                        v.compositeThreshold(),
                        v.cvPasses() ? "是" : "否");
            }
            indicators.setColumnWidth(0, 40 * 256);

            Sheet schools = book.createSheet("表2 学校达标情况");
            Row head = schools.createRow(0);
            cells(head, "学校", "学区", "本学段学生数", "本学段占比");
            int c = 4;
            for (BalanceView.IndicatorLine i : v.indicators()) {
                head.createCell(c++).setCellValue(i.nameZh());
            }
            head.createCell(c++).setCellValue("达标项数");
            head.createCell(c).setCellValue("是否达标");
            r = 1;
            for (BalanceView.SchoolLine s : v.schoolRows()) {
                Row row = schools.createRow(r++);
                cells(row, s.unitName(), s.districtName(), s.pupils(), s.levelShare());
                c = 4;
                for (BalanceView.SchoolValue value : s.values()) {
                    var cell = row.createCell(c++);
                    cell.setCellValue(value.value());
                    if (!value.meets() && value.minimum() != null) {
                        cell.setCellStyle(red);
                    }
                }
                row.createCell(c++).setCellValue(s.met());
                row.createCell(c).setCellValue(s.passes() ? "是" : "否");
            }
            schools.setColumnWidth(0, 30 * 256);

            Sheet terms = book.createSheet("表3 计算过程");
            cells(terms.createRow(0), "指标", "学校", "学生数 Pᵢ", "资源量 Rᵢ", "Xᵢ", "权重 Pᵢ/P", "Xᵢ − X̄", "(Pᵢ/P)(Xᵢ − X̄)²");
            r = 1;
            for (BalanceArithmetic a : arithmetic) {
                for (BalanceArithmetic.Term t : a.terms()) {
                    cells(
                            terms.createRow(r++),
                            a.nameZh(),
                            t.unitName(),
                            t.pupils(),
                            t.resource(),
                            t.value(),
                            t.weight(),
                            t.deviation(),
                            t.weightedSquare());
                }
                cells(
                        terms.createRow(r++),
                        a.nameZh(),
                        "合计：X̄ = " + a.mean() + "，方差 = " + a.variance() + "，CV = " + a.cv(),
                        a.totalPupils(),
                        a.totalResource());
            }
            terms.setColumnWidth(1, 30 * 256);
            book.write(out);
        }
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
