-- Supervision benchmark data (issue 13) for the bench city (region 110108 Haidian, 30 primary districts,
-- 300 schools, started with the bench-city profile): one seven-domain rubric of 21 criteria, a full-time
-- inspector per district, an approved plan per district for 2026 semester 1 with 5,100 planned inspections,
-- 5,000 submitted inspections (17 per school, all four kinds, 21 scores each) plus 300 self-supervisions,
-- ~4,000 findings spread over every state of the loop (orders past their deadline marked overdue, recurrences
-- on a closed criterion marked as relapses). Deterministic. Afterwards the points ledger is derived by the
-- module itself (PUT /api/supervision/points/rules, see run.sh). Run once on a fresh bench city:
--   psql -h 127.0.0.1 -p <port> -U postgres -v ON_ERROR_STOP=1 -f load.sql
begin;

create temp table bench_member as
select m.district_id, m.unit_id,
       row_number() over (order by m.district_id, m.unit_id) as n
from district_membership m
where m.region_code = '110108' and m.school_year = 2026 and m.district_kind = 'PRIMARY';

do $$ begin
    if (select count(*) from bench_member) <> 300 then
        raise exception 'expected the bench city''s 300 member schools of 2026, found %', (select count(*) from bench_member);
    end if;
    if exists (select 1 from supervision_rubric where region_code = '110108') then
        raise exception 'supervision data already loaded';
    end if;
end $$;

insert into supervision_rubric (region_code, name, updated_at, updated_by)
values ('110108', '基准测试督导指标', now(), 'bench');

-- Seven domains (seed 003) × 3 criteria, 5 points each (LEVELS): 105 points in all.
insert into supervision_rubric_criterion
    (rubric_id, position, domain_code, domain_zh, domain_en, item_code, item_zh, item_en, code, text_zh, text_en,
     scoring, max_points, evidence_required)
select r.id, (d.i - 1) * 3 + c.j, d.code, d.zh, d.en, d.code || c.j, d.zh || '项目' || c.j, d.en || ' item ' || c.j,
       d.code || c.j || '.1', d.zh || '指标' || c.j, d.en || ' criterion ' || c.j, 'LEVELS', 5, false
from supervision_rubric r,
     (values (1, 'DJ', '党建', 'Party building'), (2, 'NG', '内部管理', 'Internal management'),
             (3, 'JX', '教育教学', 'Teaching'), (4, 'SD', '师德师风', 'Teachers'' ethics'),
             (5, 'SF', '教育收费', 'Fees'), (6, 'AQ', '安全稳定', 'Safety'),
             (7, 'LD', '立德树人', 'Moral education')) as d (i, code, zh, en),
     generate_series(1, 3) as c (j)
where r.region_code = '110108';

insert into supervision_inspector (region_code, district_id, kind, person_name, appointed_on, updated_at, updated_by)
select '110108', district_id, 'FULL_TIME', '基准督学' || district_id, date '2026-09-01', now(), 'bench'
from (select distinct district_id from bench_member) d;

insert into supervision_assignment (inspector_id, position, district_id, unit_id, since)
select id, 0, district_id, null, date '2026-09-01' from supervision_inspector where region_code = '110108';

insert into supervision_plan (region_code, district_id, school_year, semester, status, submitted_at, submitted_by,
                              decided_at, decided_by, updated_at, updated_by)
select '110108', district_id, 2026, 1, 'APPROVED', timestamptz '2026-09-01 09:00+08', 'bench',
       timestamptz '2026-09-02 09:00+08', 'bench', now(), 'bench'
from (select distinct district_id from bench_member) d;

-- 17 planned visits per school; 5,100 in all.
insert into supervision_planned_inspection (plan_id, kind, unit_id, planned_on, inspector_id, topic)
select p.id,
       (array['ROUTINE', 'ROUTINE', 'SPECIAL', 'COMPREHENSIVE'])[1 + (m.n + k) % 4],
       m.unit_id, date '2026-09-07' + ((m.n * 7 + k * 5) % 88)::int, i.id, null
from bench_member m
join supervision_plan p on p.district_id = m.district_id and p.school_year = 2026 and p.semester = 1
join supervision_inspector i on i.district_id = m.district_id and i.region_code = '110108',
     generate_series(1, 17) as k;

-- 5,000 inspections by the inspectors (four kinds) and one self-supervision per school.
create temp table bench_visit as
select v as n, m.district_id, m.unit_id,
       (array['ROUTINE', 'SPECIAL', 'COMPREHENSIVE', 'RANDOM', 'ROUTINE'])[1 + v % 5] as kind,
       'INSPECTOR' as conducted_by,
       date '2026-09-07' + ((v * 13) % 88)::int as visited_on
from generate_series(1, 5000) as v
join bench_member m on m.n = 1 + (v - 1) % 300
union all
select 5000 + m.n, m.district_id, m.unit_id, 'ROUTINE', 'UNIT', date '2026-10-15' + (m.n % 20)::int
from bench_member m;

insert into supervision_inspection (region_code, district_id, unit_id, kind, conducted_by, rubric_id, inspector_id,
                                    status, visited_on, topic, summary, created_at, created_by, updated_at,
                                    updated_by, submitted_at)
select '110108', v.district_id, v.unit_id, v.kind, v.conducted_by, r.id,
       case when v.conducted_by = 'INSPECTOR' then i.id end, 'SUBMITTED', v.visited_on, null, '基准测试督导记录 #' || v.n,
       v.visited_on + time '10:00', 'bench', v.visited_on + time '16:00', 'bench', v.visited_on + time '16:00'
from bench_visit v
join supervision_rubric r on r.region_code = '110108'
join supervision_inspector i on i.district_id = v.district_id and i.region_code = '110108';

-- The visit's number, for the hashes below (kept in the summary: no column is added to the module's table).
create temp view bench_inspection as
select s.*, split_part(s.summary, '#', 2)::int as bench_n
from supervision_inspection s where s.region_code = '110108' and s.summary like '基准测试督导记录 #%';

-- Levels A/B/C/D by a fixed hash: rates mostly 70–95 %, some weak schools below 70 %.
insert into supervision_score (inspection_id, criterion_id, level, points, note)
select s.id, c.id, l.level, c.max_points * l.share, null
from bench_inspection s
join supervision_rubric_criterion c on c.rubric_id = s.rubric_id
cross join lateral (
    select (array['A', 'B', 'B', 'C', 'A', 'B', 'C', 'D', 'B', 'A'])[1 + (s.bench_n * 31 + c.position * 17 + (s.unit_id % 7) * c.position) % 10]
) as pick (level)
cross join lateral (
    select pick.level, case pick.level when 'A' then 1.0 when 'B' then 0.8 when 'C' then 0.6 else 0 end
) as l (level, share);

update supervision_inspection s
set score = t.score, max_score = t.max_score
from (select sc.inspection_id, sum(sc.points) as score, sum(c.max_points) as max_score
      from supervision_score sc join supervision_rubric_criterion c on c.id = sc.criterion_id
      group by sc.inspection_id) t
where t.inspection_id = s.id and s.region_code = '110108';

-- Findings: none, one or two per inspectors' visit (4,000 in all), on criteria picked by a fixed hash; `state`
-- (0–19) spreads them over the loop's states.
create temp table bench_finding as
select s.id as inspection_id, s.bench_n, s.district_id, s.unit_id, s.visited_on, k,
       c.id as criterion_id, c.domain_code, c.code as criterion_code,
       (s.bench_n * 7 + k * 3) % 20 as state
from bench_inspection s
cross join generate_series(1, 2) as k
join supervision_rubric_criterion c on c.rubric_id = s.rubric_id and c.position = 1 + (s.bench_n * 5 + k * 11 + s.unit_id) % 21
where s.conducted_by = 'INSPECTOR'
  and (s.bench_n % 5 in (0, 1) and k = 1 or s.bench_n % 5 = 2);

insert into supervision_finding
    (region_code, district_id, unit_id, inspection_id, criterion_id, domain_code, criterion_code, severity,
     description, evidence, requirement, status, found_on, escalated_at, escalated_by, order_owner, order_deadline,
     order_requirement, ordered_at, ordered_by, answer_measures, answer_evidence, answered_at, answered_by,
     recheck_passed, recheck_note, rechecked_at, rechecked_by, closed_at, reopen_count, overdue,
     created_at, created_by, updated_at, updated_by)
select '110108', f.district_id, f.unit_id, f.inspection_id, f.criterion_id, f.domain_code, f.criterion_code,
       case when f.state in (3, 4) or f.state = 11 then 'MAJOR' when f.state = 12 then 'HARD' else 'GENERAL' end,
       '基准测试问题描述', '现场查看', '限期整改', st.status, f.visited_on,
       case when f.state in (3, 4, 11, 12) then f.visited_on + time '17:00' end,
       case when f.state in (3, 4, 11, 12) then 'bench' end,
       case when st.status not in ('OPEN', 'ESCALATED') then '校长' end,
       case when st.status not in ('OPEN', 'ESCALATED') then f.visited_on + 30 end,
       case when st.status not in ('OPEN', 'ESCALATED') then '限期整改' end,
       case when st.status not in ('OPEN', 'ESCALATED') then f.visited_on + time '18:00' end,
       case when st.status not in ('OPEN', 'ESCALATED') then 'bench' end,
       case when st.status in ('ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED') then '已整改' end,
       case when st.status in ('ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED') then '整改材料' end,
       case when st.status in ('ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED') then f.visited_on + 10 + time '10:00' end,
       case when st.status in ('ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED') then 'bench' end,
       case when st.status in ('RECHECKED', 'CLOSED') then true when st.status = 'REOPENED' then false end,
       case when st.status in ('RECHECKED', 'CLOSED', 'REOPENED') then '复查' end,
       case when st.status in ('RECHECKED', 'CLOSED', 'REOPENED') then f.visited_on + 14 + time '10:00' end,
       case when st.status in ('RECHECKED', 'CLOSED', 'REOPENED') then 'bench' end,
       case when st.status = 'CLOSED' then f.visited_on + (case when f.state = 19 then 40 else 15 end) + time '10:00' end,
       case when st.status = 'REOPENED' then 1 else 0 end,
       false,
       f.visited_on + time '16:00', 'bench', f.visited_on + time '16:00', 'bench'
from bench_finding f
cross join lateral (select case
    when f.state in (0, 1, 2) then 'OPEN'
    when f.state in (3, 4) then 'ESCALATED'
    when f.state in (5, 6, 7, 8, 11) then 'ORDERED'
    when f.state in (9, 12) then 'ANSWERED'
    when f.state = 10 then 'RECHECKED'
    when f.state in (13, 14, 15, 16, 17, 19) then 'CLOSED'
    else 'REOPENED' end) as st (status);

-- A reopened order gets a new deadline; orders past their deadline are overdue (as the sweep would mark them).
update supervision_finding set order_deadline = found_on + 60
where region_code = '110108' and status = 'REOPENED';
update supervision_finding set overdue = true
where region_code = '110108' and status in ('ORDERED', 'REOPENED') and order_deadline < current_date;
-- Closed late (after the deadline): overdue stays on the record.
update supervision_finding set overdue = true
where region_code = '110108' and status = 'CLOSED' and (closed_at at time zone 'Asia/Shanghai')::date > order_deadline;

-- Relapses: a finding on a criterion the school had closed within the year before.
update supervision_finding f
set relapse = true, relapse_of_id = g.id
from (select distinct on (f2.id) f2.id as finding_id, g2.id
      from supervision_finding f2
      join supervision_finding g2 on g2.unit_id = f2.unit_id and g2.criterion_code = f2.criterion_code
       and g2.status = 'CLOSED' and (g2.closed_at at time zone 'Asia/Shanghai')::date < f2.found_on
       and (g2.closed_at at time zone 'Asia/Shanghai')::date >= f2.found_on - 365
      where f2.region_code = '110108'
      order by f2.id, g2.closed_at desc) g
where f.id = g.finding_id;

commit;
analyze;

select (select count(*) from supervision_inspection where region_code = '110108' and conducted_by = 'INSPECTOR') as inspections,
       (select count(*) from supervision_inspection where region_code = '110108' and conducted_by = 'UNIT') as self_supervisions,
       (select count(*) from supervision_planned_inspection) as planned,
       (select count(*) from supervision_finding where region_code = '110108') as findings,
       (select count(*) from supervision_finding where region_code = '110108' and overdue) as overdue,
       (select count(*) from supervision_finding where region_code = '110108' and relapse) as relapses;
select status, count(*) from supervision_finding where region_code = '110108' group by status order by status;
