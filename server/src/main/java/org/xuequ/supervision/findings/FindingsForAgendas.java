package org.xuequ.supervision.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.governance.AgendaFindingsSource;
import org.xuequ.registry.RegistryReads;

/**
 * The district's findings not yet closed, for the governance committee's monthly meeting (seed 003 §二(二)4:
 * the meeting studies the problems the inspectors raised). Supervision implements governance's interface so
 * that governance never depends on supervision.
 */
@Component
class FindingsForAgendas implements AgendaFindingsSource {

    private static final Map<FindingStatus, String> STATUS_ZH = Map.of(
            FindingStatus.OPEN, "待处理",
            FindingStatus.ESCALATED, "已上报",
            FindingStatus.ORDERED, "限期整改",
            FindingStatus.ANSWERED, "已整改待复查",
            FindingStatus.RECHECKED, "已复查",
            FindingStatus.CLOSED, "已销号",
            FindingStatus.REOPENED, "重新整改");

    private final FindingRepository findings;
    private final RegistryReads registry;

    FindingsForAgendas(FindingRepository findings, RegistryReads registry) {
        this.findings = findings;
        this.registry = registry;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Finding> openFindings(String regionCode, long districtId, LocalDate asOf) {
        List<org.xuequ.supervision.findings.Finding> open = findings
                .findByRegionCodeAndDistrictIdAndStatusNotOrderByFoundOnAscIdAsc(
                        regionCode, districtId, FindingStatus.CLOSED)
                .stream()
                .filter(f -> !f.getFoundOn().isAfter(asOf))
                .toList();
        Map<Long, String> units = registry.unitNames(open.stream()
                .map(org.xuequ.supervision.findings.Finding::getUnitId)
                .toList());
        return open.stream()
                .map(f -> new Finding(
                        f.getId(),
                        "督导问题 " + f.getId(),
                        f.getDescription(),
                        units.get(f.getUnitId()),
                        f.getFoundOn(),
                        f.getOrderDeadline(),
                        STATUS_ZH.get(f.getStatus())))
                .toList();
    }
}
