-- 队伍建设 (workforce module), part 3: training (培训) in three-year cycles (三年一周期, every member of staff trained
-- once in each): a region's cycles, courses at four levels, and enrolments with completion; the coverage tracker reads
-- completed enrolments of the current cycle.
create table workforce_training_cycle (
    id           bigserial primary key,
    version      bigint        not null default 0,
    region_code  varchar(6)    not null,
    name         varchar(100)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null,
    check (ends_on > starts_on),
    constraint workforce_training_cycle_once unique (region_code, starts_on)
);

create table workforce_course (
    id            bigserial primary key,
    version       bigint         not null default 0,
    region_code   varchar(6)     not null,
    district_id   bigint,
    cycle_id      bigint         not null references workforce_training_cycle (id),
    title         varchar(200)   not null,
    level         varchar(10)    not null check (level in ('CITY', 'REGION', 'DISTRICT', 'SCHOOL')),
    provider      varchar(200)   not null,
    hours         numeric(5, 1)  not null check (hours > 0 and hours <= 500),
    target_posts  varchar(200),
    starts_on     date           not null,
    status        varchar(10)    not null check (status in ('OPEN', 'CLOSED')),
    created_at    timestamptz    not null,
    created_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(100)   not null
);

create index workforce_course_cycle on workforce_course (region_code, cycle_id);

create table workforce_enrolment (
    id            bigserial primary key,
    version       bigint         not null default 0,
    course_id     bigint         not null references workforce_course (id),
    staff_id      bigint         not null,
    unit_id       bigint         not null,
    status        varchar(10)    not null check (status in ('ENROLLED', 'COMPLETED', 'WITHDRAWN')),
    completed_on  date,
    hours         numeric(5, 1),
    created_at    timestamptz    not null,
    created_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(100)   not null,
    check ((status = 'COMPLETED') = (completed_on is not null)),
    -- a person is on a course once: two clerks enrolling them at once get one row
    constraint workforce_enrolment_once unique (course_id, staff_id)
);

create index workforce_enrolment_staff on workforce_enrolment (staff_id, status);
