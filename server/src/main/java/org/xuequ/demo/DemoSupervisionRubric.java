package org.xuequ.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.xuequ.supervision.rubrics.CriterionFields;
import org.xuequ.supervision.rubrics.Scoring;

/**
 * The demo rubric: the seven domains a 责任督学 supervises under seed 003 §二(二)3 — 党建工作、内部管理、教育教学、
 * 师德师风、教育收费、安全稳定、立德树人 — with items and criteria (100 points in all). The criteria are plausible
 * examples written for the demo, not taken from an official scheme.
 */
final class DemoSupervisionRubric {

    static final String NAME = "学区责任督学经常性督导指标（示例）";

    private DemoSupervisionRubric() {}

    static List<CriterionFields> criteria() {
        Object[][] rows = {
            {
                "DJ",
                "党建工作",
                "Party building",
                "DJ1",
                "组织建设",
                "Organisation",
                "DJ1.1",
                "党组织设置规范、按期换届",
                "Party organisation set up and renewed on time",
                "LEVELS",
                5,
                false
            },
            {
                "DJ",
                "党建工作",
                "Party building",
                "DJ1",
                "组织建设",
                "Organisation",
                "DJ1.2",
                "“三会一课”等组织生活制度落实",
                "Regular organisational life held",
                "LEVELS",
                5,
                false
            },
            {
                "NB",
                "内部管理",
                "Internal management",
                "NB1",
                "章程与制度",
                "Charter and rules",
                "NB1.1",
                "办园（校）章程健全并按章程办学",
                "A charter in place and followed",
                "POINTS",
                5,
                false
            },
            {
                "NB",
                "内部管理",
                "Internal management",
                "NB1",
                "章程与制度",
                "Charter and rules",
                "NB1.2",
                "财务、资产管理规范，账目公开",
                "Finances and assets kept properly, accounts open",
                "POINTS",
                5,
                true
            },
            {
                "NB",
                "内部管理",
                "Internal management",
                "NB2",
                "家园（校）共育",
                "Families",
                "NB2.1",
                "家长委员会正常运行",
                "The parents' committee works",
                "LEVELS",
                5,
                false
            },
            {
                "JX",
                "教育教学",
                "Education and teaching",
                "JX1",
                "课程实施",
                "Curriculum",
                "JX1.1",
                "落实课程方案，无“小学化”倾向",
                "Curriculum followed, no premature schooling",
                "POINTS",
                10,
                true
            },
            {
                "JX",
                "教育教学",
                "Education and teaching",
                "JX2",
                "教研",
                "Research",
                "JX2.1",
                "参与学区联合教研，有记录",
                "Joins the district's joint research, with records",
                "LEVELS",
                10,
                false
            },
            {
                "SD",
                "师德师风",
                "Teachers' ethics",
                "SD1",
                "师德建设",
                "Ethics",
                "SD1.1",
                "师德考核与负面清单落实",
                "Ethics appraisal and the negative list applied",
                "LEVELS",
                8,
                false
            },
            {
                "SD",
                "师德师风",
                "Teachers' ethics",
                "SD1",
                "师德建设",
                "Ethics",
                "SD1.2",
                "无有偿补课、体罚和变相体罚",
                "No paid tutoring or corporal punishment",
                "POINTS",
                7,
                true
            },
            {
                "SF",
                "教育收费",
                "Fees",
                "SF1",
                "收费管理",
                "Fee management",
                "SF1.1",
                "收费项目与标准公示",
                "Fees and rates published",
                "POINTS",
                5,
                true
            },
            {
                "SF",
                "教育收费",
                "Fees",
                "SF1",
                "收费管理",
                "Fee management",
                "SF1.2",
                "无违规收费、无捆绑收费",
                "No irregular or bundled fees",
                "POINTS",
                5,
                false
            },
            {
                "AQ",
                "安全稳定",
                "Safety and stability",
                "AQ1",
                "安全管理",
                "Safety management",
                "AQ1.1",
                "消防设施完好、疏散通道畅通",
                "Fire equipment in order, exits clear",
                "POINTS",
                7,
                true
            },
            {
                "AQ",
                "安全稳定",
                "Safety and stability",
                "AQ1",
                "安全管理",
                "Safety management",
                "AQ1.2",
                "食品安全管理与留样制度落实",
                "Food safety and sample keeping",
                "POINTS",
                7,
                true
            },
            {
                "AQ",
                "安全稳定",
                "Safety and stability",
                "AQ2",
                "应急管理",
                "Emergencies",
                "AQ2.1",
                "应急预案健全并定期演练",
                "Emergency plans and regular drills",
                "LEVELS",
                6,
                false
            },
            {
                "LD",
                "立德树人",
                "Moral education",
                "LD1",
                "德育与健康",
                "Moral education and health",
                "LD1.1",
                "开展德育和社会主义核心价值观教育活动",
                "Moral and civic education activities",
                "LEVELS",
                5,
                false
            },
            {
                "LD",
                "立德树人",
                "Moral education",
                "LD1",
                "德育与健康",
                "Moral education and health",
                "LD1.2",
                "保证每天户外活动和体育锻炼时间",
                "Daily outdoor activity and exercise",
                "LEVELS",
                5,
                false
            }
        };
        List<CriterionFields> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new CriterionFields(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    Scoring.valueOf((String) r[9]),
                    BigDecimal.valueOf((Integer) r[10]),
                    (Boolean) r[11]));
        }
        return out;
    }

    /** Sample findings per domain code: what an inspector might write. */
    static String[] findingTexts(String domain) {
        return switch (domain) {
            case "DJ" -> new String[] {"党组织换届超期未完成", "“三会一课”记录不全"};
            case "NB" -> new String[] {"固定资产台账与实物不符", "章程未按规定修订"};
            case "JX" -> new String[] {"大班提前教授拼音和计算", "联合教研记录缺失"};
            case "SD" -> new String[] {"师德负面清单未组织学习", "家长反映个别教师言语不当"};
            case "SF" -> new String[] {"收费公示栏内容过期", "代收费项目未经审批"};
            case "AQ" -> new String[] {"灭火器过期未更换", "疏散通道堆放杂物", "食堂留样记录不全"};
            default -> new String[] {"户外活动时间不足两小时", "德育活动缺少计划"};
        };
    }
}
