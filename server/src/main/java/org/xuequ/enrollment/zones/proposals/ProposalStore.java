package org.xuequ.enrollment.zones.proposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.enrollment.zones.ZoneKind;

/**
 * A proposal's zones and blocks: written once, with the proposal, in batches (a region has thousands of
 * blocks); read whole. The proposal row itself is a JPA entity, audited as every write is.
 */
@Component
class ProposalStore {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    ProposalStore(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    void write(long proposalId, ProposalZoning zoning) {
        List<Object[]> zones = new ArrayList<>();
        List<Object[]> schools = new ArrayList<>();
        List<Object[]> blocks = new ArrayList<>();
        for (ProposalZoning.Zone z : zoning.zones()) {
            zones.add(new Object[] {
                proposalId, z.no(), z.name(), z.districtId(), z.kind().name()
            });
            z.schoolIds().forEach(s -> schools.add(new Object[] {proposalId, z.no(), s}));
            z.blockIds().forEach(b -> blocks.add(new Object[] {proposalId, b, z.no(), zoning.childrenOf(b)}));
        }
        jdbc.batchUpdate(
                "insert into zoning_proposal_zone (proposal_id, zone_no, name, district_id, kind) values (?, ?, ?, ?, ?)",
                zones);
        jdbc.batchUpdate(
                "insert into zoning_proposal_zone_school (proposal_id, zone_no, unit_id) values (?, ?, ?)", schools);
        jdbc.batchUpdate(
                "insert into zoning_proposal_block (proposal_id, block_id, zone_no, children) values (?, ?, ?, ?)",
                blocks);
    }

    ProposalZoning read(long proposalId) {
        Map<Integer, Set<Long>> schools = new HashMap<>();
        client.sql("select zone_no, unit_id from zoning_proposal_zone_school where proposal_id = ?")
                .param(proposalId)
                .query(rs -> {
                    schools.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        Map<Integer, Set<Long>> blocks = new HashMap<>();
        Map<Long, Integer> children = new HashMap<>();
        client.sql("select zone_no, block_id, children from zoning_proposal_block where proposal_id = ?")
                .param(proposalId)
                .query(rs -> {
                    blocks.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
                    children.put(rs.getLong(2), rs.getInt(3));
                });
        List<ProposalZoning.Zone> zones = client.sql(
                        "select zone_no, name, district_id, kind from zoning_proposal_zone where proposal_id = ? order by zone_no")
                .param(proposalId)
                .query((rs, i) -> new ProposalZoning.Zone(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getLong(3),
                        ZoneKind.valueOf(rs.getString(4)),
                        schools.getOrDefault(rs.getInt(1), Set.of()),
                        blocks.getOrDefault(rs.getInt(1), Set.of())))
                .list();
        return new ProposalZoning(zones, children);
    }
}
