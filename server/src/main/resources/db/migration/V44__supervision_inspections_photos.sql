-- 督导 part 2: inspections of four kinds (and units' self-supervision, 自我督导) scored on a rubric, saved as a
-- draft while the form is filled in, with the findings written in the draft and photos behind a storage interface.
create table supervision_inspection (
    id           bigserial primary key,
    version      bigint       not null default 0,
    region_code  varchar(6)   not null,
    district_id  bigint       not null,
    unit_id      bigint       not null,
    kind         varchar(15)  not null check (kind in ('ROUTINE', 'SPECIAL', 'COMPREHENSIVE', 'RANDOM')),
    conducted_by varchar(10)  not null check (conducted_by in ('INSPECTOR', 'UNIT')),
    rubric_id    bigint       not null references supervision_rubric (id),
    plan_id      bigint references supervision_plan (id),
    planned_id   bigint unique references supervision_planned_inspection (id),
    inspector_id bigint references supervision_inspector (id),
    status       varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED')),
    visited_on   date         not null,
    topic        varchar(200),
    summary      varchar(4000),
    score        numeric(8, 2),
    max_score    numeric(8, 2),
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    submitted_at timestamptz
);
create index supervision_inspection_unit on supervision_inspection (unit_id, visited_on);
create index supervision_inspection_district on supervision_inspection (district_id, visited_on);

create table supervision_score (
    inspection_id bigint        not null references supervision_inspection (id) on delete cascade,
    criterion_id  bigint        not null references supervision_rubric_criterion (id),
    level         varchar(1)    check (level in ('A', 'B', 'C', 'D')),
    points        numeric(6, 2) not null check (points >= 0),
    note          varchar(1000),
    primary key (inspection_id, criterion_id)
);

create table supervision_draft_finding (
    inspection_id bigint        not null references supervision_inspection (id) on delete cascade,
    position      integer       not null,
    criterion_id  bigint        not null references supervision_rubric_criterion (id),
    severity      varchar(10)   not null check (severity in ('GENERAL', 'MAJOR', 'HARD')),
    description   varchar(2000) not null,
    evidence      varchar(2000),
    requirement   varchar(2000),
    photo_ids     varchar(500),
    primary key (inspection_id, position)
);

create table supervision_photo (
    id            bigserial primary key,
    region_code   varchar(6)   not null,
    inspection_id bigint       not null references supervision_inspection (id),
    criterion_id  bigint references supervision_rubric_criterion (id),
    finding_id    bigint,
    content_type  varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes    integer      not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    storage_key   varchar(100) not null unique,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null
);
create index supervision_photo_inspection on supervision_photo (inspection_id);

-- The PostgreSQL photo store (the default behind PhotoStore).
create table supervision_photo_data (
    storage_key varchar(100) primary key,
    bytes       bytea        not null
);
