-- 队伍建设 (workforce module), part 4: cross-school roles (跨校兼职): part-time posts in the district office or a
-- committee department, posts in research groups, teaching at a second school; each with its share of a full-time
-- post and its dates, recognised in performance pay and titles (seed 001).
create table workforce_cross_role (
    id                bigserial primary key,
    version           bigint        not null default 0,
    region_code       varchar(6)    not null,
    staff_id          bigint        not null references workforce_staff (id),
    home_unit_id      bigint        not null,
    kind              varchar(20)   not null check (kind in
                          ('DISTRICT_OFFICE', 'COMMITTEE_DEPARTMENT', 'RESEARCH_GROUP', 'SECOND_SCHOOL')),
    host_unit_id      bigint,
    host_district_id  bigint,
    title             varchar(100)  not null,
    fte_percent       integer       not null check (fte_percent between 1 and 100),
    starts_on         date          not null,
    ends_on           date,
    note              varchar(500),
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    check (ends_on is null or ends_on >= starts_on),
    check (host_unit_id is not null or host_district_id is not null),
    check (kind <> 'SECOND_SCHOOL' or host_unit_id is not null),
    check (host_unit_id is null or host_unit_id <> home_unit_id)
);

create index workforce_cross_role_staff on workforce_cross_role (staff_id, starts_on);
create index workforce_cross_role_units on workforce_cross_role (region_code, home_unit_id, host_unit_id);
