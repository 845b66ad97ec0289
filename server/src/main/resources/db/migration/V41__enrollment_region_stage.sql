-- 区级统筹 (the region stage of a draw): after the district stage, every child still unplaced is placed,
-- in lottery order, at the nearest school of the region with a seat left.

-- Whether a cycle's draw ends with the region stage. On for new cycles: a bureau's duty is a seat for
-- every child of age (义务教育法 第十二条), and without the stage children stay unplaced while the region
-- has seats. Cycles already frozen by a committed run keep what their draw did: off.
alter table enrollment_cycle add column region_stage boolean not null default true;
update enrollment_cycle c set region_stage = false
where exists (select 1 from allocation_run r where r.cycle_id = c.id and r.status <> 'DRAFT');

-- The positions the region stage measures from and to, frozen with the run's inputs at commitment so that
-- re-executions and the public replay do not depend on later edits of the registry: the child's address
-- block and the school (WGS-84 degrees; null where the registry had none).
alter table allocation_run_applicant add column longitude double precision, add column latitude double precision;
alter table allocation_run_seat add column longitude double precision, add column latitude double precision;
