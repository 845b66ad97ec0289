-- A term's booking history for the 100,000 synthetic resources of load-resources.sql (run after it):
-- five granted bookings each between 1 September and 20 November 2026 = 500,000 rows, for the usage
-- report's benchmark. Each resource's bookings sit at different hours, so none overlap.
insert into sharing_booking (resource_id, region_code, district_id, starts_at, ends_at, attendees, purpose, status,
                             requester_key, requester_kind, requester_unit_type, requester_name,
                             requester_district_id, requested_by)
select r.id, r.region_code, r.district_id,
       (date '2026-09-01' + ((r.id * 7 + g * 13) % 80)::int + time '08:00' + g * interval '2 hours') at time zone 'Asia/Shanghai',
       (date '2026-09-01' + ((r.id * 7 + g * 13) % 80)::int + time '09:00' + g * interval '2 hours' + (r.id % 2) * interval '30 minutes') at time zone 'Asia/Shanghai',
       20 + (r.id * g) % 100, '基准测试', (array['USED', 'USED', 'CONFIRMED', 'NO_SHOW', 'CANCELLED'])[g],
       'U:' || u.id, 'UNIT', u.type, u.name, u.district_id, 'bench'
  from sharing_resource r
 cross join generate_series(1, 5) g
  join lateral (select id, type, name, district_id from education_unit order by id offset ((r.id + g) % 150) limit 1) u on true
 where r.name like 'BENCH%';
