package org.xuequ.enrollment.zones.proposals;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ZoningProposalRepository extends JpaRepository<ZoningProposal, Long> {

    List<ZoningProposal> findByCycleIdOrderByNumberDesc(long cycleId);

    Optional<ZoningProposal> findByCycleIdAndStatus(long cycleId, ZoningProposal.Status status);

    @Query("select coalesce(max(p.number), 0) from ZoningProposal p where p.cycleId = :cycleId")
    int lastNumber(@org.springframework.data.repository.query.Param("cycleId") long cycleId);
}
