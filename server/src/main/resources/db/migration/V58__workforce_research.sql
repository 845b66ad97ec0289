-- 队伍建设 (workforce module), part 5: joint research (seed 003 §二(二)2(4)(5), §(三)2): 联合教研组, 名师/名校长
-- (名园长) 工作室 and 课题, with members across units, activities with who attended, and outputs with their
-- authors. Attendance and authorship keep the unit the person was at, so a later move does not re-credit them.
create table workforce_research_group (
    id              bigserial primary key,
    version         bigint        not null default 0,
    region_code     varchar(6)    not null,
    district_id     bigint,
    kind            varchar(20)   not null check (kind in
                        ('JOINT_GROUP', 'TEACHER_STUDIO', 'PRINCIPAL_STUDIO', 'PROJECT')),
    name            varchar(100)  not null,
    subject         varchar(30),
    host_unit_id    bigint        not null,
    lead_staff_id   bigint        not null references workforce_staff (id),
    starts_on       date          not null,
    ends_on         date,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    check (ends_on is null or ends_on >= starts_on),
    unique (region_code, name)
);

create table workforce_research_member (
    id          bigserial primary key,
    group_id    bigint      not null references workforce_research_group (id),
    staff_id    bigint      not null references workforce_staff (id),
    unit_id     bigint      not null,
    lead        boolean     not null default false,
    joined_on   date        not null,
    left_on     date,
    check (left_on is null or left_on >= joined_on)
);

-- one current membership per person and group, whoever adds it at the same time
create unique index workforce_research_member_current on workforce_research_member (group_id, staff_id)
    where left_on is null;
create index workforce_research_member_staff on workforce_research_member (staff_id);

create table workforce_research_activity (
    id            bigserial primary key,
    group_id      bigint        not null references workforce_research_group (id),
    kind          varchar(20)   not null check (kind in
                      ('LESSON_PREP', 'OPEN_LESSON', 'SEMINAR', 'LECTURE', 'PROJECT_MEETING')),
    title         varchar(200)  not null,
    held_on       date          not null,
    host_unit_id  bigint        not null,
    hours         numeric(5, 1) not null check (hours > 0 and hours <= 24),
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null
);

create index workforce_research_activity_group on workforce_research_activity (group_id, held_on);
create index workforce_research_activity_host on workforce_research_activity (host_unit_id, held_on);

create table workforce_research_attendance (
    activity_id  bigint not null references workforce_research_activity (id),
    staff_id     bigint not null references workforce_staff (id),
    unit_id      bigint not null,
    primary key (activity_id, staff_id)
);

create index workforce_research_attendance_unit on workforce_research_attendance (unit_id);

create table workforce_research_output (
    id           bigserial primary key,
    group_id     bigint        not null references workforce_research_group (id),
    kind         varchar(20)   not null check (kind in ('LESSON_CASE', 'PAPER', 'REPORT', 'RESOURCE', 'AWARD')),
    level        varchar(20)   not null check (level in ('DISTRICT', 'CITY', 'NATIONAL')),
    title        varchar(200)  not null,
    produced_on  date          not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null
);

create index workforce_research_output_group on workforce_research_output (group_id, produced_on);

create table workforce_research_author (
    output_id  bigint not null references workforce_research_output (id),
    staff_id   bigint not null references workforce_staff (id),
    unit_id    bigint not null,
    primary key (output_id, staff_id)
);

create index workforce_research_author_unit on workforce_research_author (unit_id);
