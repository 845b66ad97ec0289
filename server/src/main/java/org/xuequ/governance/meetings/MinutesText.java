package org.xuequ.governance.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.actions.ActionStatus;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.bodies.QuorumRule;

/**
 * Minutes (会议纪要) written from the structured meeting: who came, whether there was a quorum, each agenda item with
 * its decision and vote, and the actions it produced with their owners and due dates. The text is then edited by
 * people and approved; this only writes the first draft.
 */
public final class MinutesText {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private MinutesText() {}

    /** What the draft is written from besides the meeting. */
    public record Context(
            String bodyName,
            @Nullable String conveningUnitName,
            QuorumRule.Check quorum,
            Map<Long, ActionView> carried,
            Map<Long, List<ActionView>> actionsByItem) {}

    public static String compose(Meeting m, Context c) {
        StringBuilder out = new StringBuilder();
        out.append(m.getTitle()).append("\n");
        out.append("会议机构：").append(c.bodyName()).append("\n");
        out.append("时间：").append(WHEN.format(m.getStartsAt())).append("\n");
        if (m.getLocation() != null) {
            out.append("地点：").append(m.getLocation()).append("\n");
        }
        if (c.conveningUnitName() != null) {
            out.append("召集单位：").append(c.conveningUnitName()).append("\n");
        }
        List<Attendance> present = m.getAttendance().stream()
                .filter(a -> a.getStatus() == Attendance.Status.PRESENT)
                .toList();
        out.append("出席：")
                .append(names(present))
                .append("（")
                .append(present.size())
                .append("人）\n");
        List<Attendance> away = m.getAttendance().stream()
                .filter(a -> a.getStatus() != Attendance.Status.PRESENT)
                .toList();
        if (!away.isEmpty()) {
            out.append("缺席：").append(names(away)).append("\n");
        }
        QuorumRule.Check q = c.quorum();
        out.append("法定人数：应到 ")
                .append(q.members())
                .append(" 人，实到 ")
                .append(q.present())
                .append(" 人，需 ")
                .append(q.needed())
                .append(" 人，")
                .append(q.met() ? "符合议事规则" : "不足法定人数，未作表决")
                .append(
                        q.missingKinds().isEmpty()
                                ? ""
                                : "（缺少代表："
                                        + q.missingKinds().stream()
                                                .map(Enum::name)
                                                .collect(Collectors.joining("、")) + "）")
                .append("\n\n");
        out.append("议程与决定\n");
        for (AgendaItem item : m.getItems()) {
            out.append(item.getPosition())
                    .append(". ")
                    .append(label(item.getKind()))
                    .append(item.getTitle());
            if (item.getPresenter() != null) {
                out.append("（").append(item.getPresenter()).append("）");
            }
            out.append("\n");
            ActionView carried = item.getSourceId() == null ? null : c.carried().get(item.getSourceId());
            if (item.getKind() == AgendaItem.Kind.CARRIED_ACTION && carried != null) {
                out.append("   责任：")
                        .append(owner(carried))
                        .append("，期限 ")
                        .append(carried.dueDate())
                        .append("，状态 ")
                        .append(status(carried.status()))
                        .append(carried.progressNote() == null ? "" : "，进展：" + carried.progressNote())
                        .append("\n");
            }
            if (item.getOutcome() != null) {
                out.append("   决定：").append(outcome(item.getOutcome()));
                if (item.getVotesFor() != null) {
                    out.append("（赞成 ")
                            .append(item.getVotesFor())
                            .append("，反对 ")
                            .append(item.getVotesAgainst())
                            .append("，弃权 ")
                            .append(item.getVotesAbstain())
                            .append("）");
                }
                out.append("\n");
            }
            if (item.getResolution() != null) {
                out.append("   决议：").append(item.getResolution()).append("\n");
            }
            for (ActionView a : c.actionsByItem().getOrDefault(item.getId(), List.of())) {
                out.append("   · 落实事项：")
                        .append(a.title())
                        .append("，责任：")
                        .append(owner(a))
                        .append("，完成期限 ")
                        .append(a.dueDate())
                        .append("\n");
            }
        }
        return out.toString();
    }

    private static String names(List<Attendance> list) {
        return list.isEmpty()
                ? "无"
                : list.stream().map(Attendance::getPersonName).collect(Collectors.joining("、"));
    }

    private static String owner(ActionView a) {
        String unit = a.ownerUnitName() == null ? "" : a.ownerUnitName();
        String person = a.ownerPerson() == null ? "" : a.ownerPerson();
        String both = (unit + " " + person).strip();
        return both.isEmpty() ? "未指定" : both;
    }

    private static String label(AgendaItem.Kind kind) {
        return switch (kind) {
            case DEPARTMENT_REPORT -> "【部门汇报】";
            case INSPECTOR_FINDING -> "【督学反馈问题】";
            case PROPOSAL -> "【议题】";
            case CARRIED_ACTION -> "【上次决议落实】";
            case HEAD_REPORT -> "【述职】";
            case WORK_PLAN_REVIEW -> "【工作计划审议】";
            case OTHER_BUSINESS -> "【其他事项】";
        };
    }

    private static String status(ActionStatus status) {
        return switch (status) {
            case OPEN -> "未开始";
            case IN_PROGRESS -> "推进中";
            case DONE -> "已完成";
            case CANCELLED -> "已取消";
        };
    }

    private static String outcome(AgendaItem.Outcome outcome) {
        return switch (outcome) {
            case APPROVED -> "通过";
            case REJECTED -> "未通过";
            case NOTED -> "听取";
            case DEFERRED -> "暂缓";
        };
    }
}
