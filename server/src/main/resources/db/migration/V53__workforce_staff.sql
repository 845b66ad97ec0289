-- 队伍建设 (workforce module), part 1: the staff registry (教职工) of each unit and every posting a person has had,
-- so that "years at the current school" and rotations can be read from the postings, not retyped.
create table workforce_staff (
    id               bigserial primary key,
    version          bigint        not null default 0,
    region_code      varchar(6)    not null,
    unit_id          bigint        not null,
    staff_no         varchar(40),
    name             varchar(50)   not null,
    id_number        varchar(18)   not null,
    gender           char(1)       not null check (gender in ('M', 'F')),
    birth_date       date          not null,
    post             varchar(20)   not null check (post in
                         ('PRINCIPAL', 'VICE_PRINCIPAL', 'MIDDLE_MANAGER', 'TEACHER', 'SUPPORT')),
    subject          varchar(20),
    qualification    varchar(20)   not null check (qualification in
                         ('DOCTORATE', 'MASTER', 'BACHELOR', 'ASSOCIATE', 'OTHER')),
    title            varchar(20)   not null check (title in
                         ('SENIOR_PROFESSOR', 'SENIOR', 'FIRST', 'SECOND', 'THIRD', 'NONE')),
    backbone         varchar(20)   not null check (backbone in
                         ('NONE', 'DISTRICT', 'CITY', 'SUBJECT_LEADER', 'SPECIAL_GRADE')),
    specialism       varchar(10)   not null check (specialism in ('NONE', 'PE', 'ART')),
    employed_since   date,
    at_unit_since    date          not null,
    status           varchar(10)   not null check (status in ('ACTIVE', 'LEFT', 'RETIRED')),
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    -- one record per person in a region: two clerks importing the same teacher at once get one
    constraint workforce_staff_person unique (region_code, id_number),
    constraint workforce_staff_no unique (region_code, staff_no)
);

create index workforce_staff_unit on workforce_staff (region_code, unit_id, status);

-- Every unit a person has worked at, the open one (to_date null) being the current; a rotation closes one and
-- opens the next on its start date.
create table workforce_posting (
    id           bigserial primary key,
    staff_id     bigint        not null references workforce_staff (id),
    unit_id      bigint        not null,
    from_date    date          not null,
    to_date      date,
    reason       varchar(12)   not null check (reason in ('HIRED', 'TRANSFER', 'ROTATION', 'IMPORTED')),
    reference_id bigint,
    check (to_date is null or to_date >= from_date)
);

create index workforce_posting_staff on workforce_posting (staff_id, from_date);
-- at most one current posting a person
create unique index workforce_posting_current on workforce_posting (staff_id) where to_date is null;
