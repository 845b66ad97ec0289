package org.xuequ.workforce.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostingRepository extends JpaRepository<Posting, Long> {

    List<Posting> findByStaffIdOrderByFromDateAscIdAsc(long staffId);

    Optional<Posting> findByStaffIdAndToDateIsNull(long staffId);
}
