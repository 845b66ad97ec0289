-- 100,000 synthetic shared resources for the search benchmark (run with psql against the jar's
-- embedded PostgreSQL, then POST /api/sharing/index/rebuild). Names mix real venue words so that
-- text queries hit realistic fractions of the catalogue.
insert into sharing_resource (region_code, district_id, owner_kind, owner_unit_id, owner_name, kind, name, description,
                              longitude, latitude, capacity, tags, facilities, audiences, grades, status)
select '110102', u.district_id, 'UNIT', u.id, u.name,
       (array['VENUE','COURSE','EXPERT','LAB','PRACTICE_BASE','EQUIPMENT'])[1 + g % 6],
       'BENCH' || g || (array['礼堂','报告厅','实验室','体育馆','书法课程','机器人课程','科普基地','多功能厅','图书馆','天文台'])[1 + g % 10],
       (array['面向学生开放的场馆','可举办讲座和典礼','科学探究与动手实践','传统文化课程','体育训练与比赛'])[1 + g % 5],
       116.33 + (g % 100) / 2000.0, 39.90 + (g % 97) / 2000.0,
       20 + (g * 37) % 800,
       array[(array['科技','体育','艺术','阅读','研学'])[1 + g % 5]]::varchar[],
       array['投影']::varchar[], array['STUDENTS']::varchar[], array['P4','P5']::varchar[], 'SHARED'
  from generate_series(1, 100000) g
  join lateral (select id, district_id, name from education_unit order by id offset (g % 150) limit 1) u on true;
insert into sharing_opening_hours (resource_id, day_of_week, opens, closes)
select r.id, d, '08:00', '18:00' from sharing_resource r
 cross join unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY']) d
 where r.name like 'BENCH%';
