-- Pairs of slot-holding bookings on one resource whose periods overlap: must be 0.
select count(*) as overlapping_pairs
  from sharing_booking a
  join sharing_booking b on a.resource_id = b.resource_id and a.id < b.id and a.period && b.period
 where a.status in ('REQUESTED', 'CONFIRMED', 'USED', 'NO_SHOW')
   and b.status in ('REQUESTED', 'CONFIRMED', 'USED', 'NO_SHOW');
