package org.xuequ.sharing.catalogue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The catalogue's resources; locked one at a time while a booking for them is decided. */
public interface SharedResourceRepository
        extends JpaRepository<SharedResource, Long>, JpaSpecificationExecutor<SharedResource> {

    /** SELECT ... FOR UPDATE: bookings of one resource are decided one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SharedResource r where r.id = :id")
    Optional<SharedResource> lockById(@Param("id") long id);
}
