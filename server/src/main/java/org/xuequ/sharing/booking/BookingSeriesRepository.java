package org.xuequ.sharing.booking;

import org.springframework.data.jpa.repository.JpaRepository;

/** Weekly series; each occurrence is a booking of its own. */
interface BookingSeriesRepository extends JpaRepository<BookingSeries, Long> {}
