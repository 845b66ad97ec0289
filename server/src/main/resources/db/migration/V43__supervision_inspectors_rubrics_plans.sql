-- 督导 (supervision module), part 1: inspectors and liaisons (督学/视导员) with the districts and units they are
-- assigned to; rubrics (督导指标) as versioned templates (domain → item → criterion); inspection plans per
-- district and term with their planned inspections and the random draws (随机督导) that pick units and dates.
create table supervision_inspector (
    id              bigserial primary key,
    version         bigint       not null default 0,
    region_code     varchar(6)   not null,
    -- The district whose position list names the person (null: appointed for the region).
    district_id     bigint,
    kind            varchar(10)  not null check (kind in ('FULL_TIME', 'PART_TIME', 'LIAISON')),
    person_name     varchar(50)  not null,
    -- The INSPECTOR account that acts as this person; write scope comes from the assignments below.
    username        varchar(100),
    appointed_on    date,
    delegated_on    date,
    ends_on         date,
    -- The registry position this record was taken from (its place in the district's list), if any.
    source_position integer,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    constraint supervision_inspector_one_account unique (username),
    constraint supervision_inspector_one_person unique nulls not distinct (region_code, district_id, kind, person_name),
    constraint supervision_inspector_dates check (ends_on is null or appointed_on is null or ends_on >= appointed_on)
);

-- An inspector is responsible for a whole district (unit_id null) or for named units of it (挂牌督导).
create table supervision_assignment (
    inspector_id bigint not null references supervision_inspector (id) on delete cascade,
    position     integer not null,
    district_id  bigint  not null,
    unit_id      bigint,
    since        date    not null,
    primary key (inspector_id, position),
    constraint supervision_assignment_once unique nulls not distinct (inspector_id, district_id, unit_id)
);
create index supervision_assignment_unit on supervision_assignment (unit_id);

create table supervision_rubric (
    id          bigserial primary key,
    version     bigint       not null default 0,
    region_code varchar(6)   not null,
    name        varchar(200) not null,
    edition     integer      not null default 1 check (edition >= 1),
    based_on_id bigint references supervision_rubric (id),
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    constraint supervision_rubric_one_edition unique (region_code, name, edition)
);

-- Criteria carry their domain and item (codes and names): a template is read and imported as one table.
create table supervision_rubric_criterion (
    id                bigserial primary key,
    rubric_id         bigint       not null references supervision_rubric (id) on delete cascade,
    position          integer      not null,
    domain_code       varchar(20)  not null,
    domain_zh         varchar(100) not null,
    domain_en         varchar(100) not null,
    item_code         varchar(20)  not null,
    item_zh           varchar(200) not null,
    item_en           varchar(200) not null,
    code              varchar(20)  not null,
    text_zh           varchar(500) not null,
    text_en           varchar(500) not null,
    scoring           varchar(6)   not null check (scoring in ('LEVELS', 'POINTS')),
    max_points        numeric(6, 2) not null check (max_points > 0),
    evidence_required boolean      not null default false,
    -- Deferred: replacing a template's criteria inserts the new rows before Hibernate deletes the old ones.
    constraint supervision_rubric_criterion_code unique (rubric_id, code) deferrable initially deferred
);

create table supervision_plan (
    id            bigserial primary key,
    version       bigint       not null default 0,
    region_code   varchar(6)   not null,
    district_id   bigint       not null,
    school_year   integer      not null check (school_year between 2000 and 2100),
    semester      integer      not null check (semester in (1, 2)),
    status        varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    note          varchar(2000),
    submitted_at  timestamptz,
    submitted_by  varchar(100),
    decided_at    timestamptz,
    decided_by    varchar(100),
    decision_note varchar(1000),
    updated_at    timestamptz  not null,
    updated_by    varchar(100) not null,
    constraint supervision_plan_one_per_term unique (district_id, school_year, semester)
);

create table supervision_draw (
    id              bigserial primary key,
    version         bigint        not null default 0,
    plan_id         bigint        not null references supervision_plan (id),
    region_code     varchar(6)    not null,
    status          varchar(10)   not null check (status in ('COMMITTED', 'DRAWN', 'REVEALED')),
    units_to_draw   integer       not null check (units_to_draw >= 1),
    window_from     date          not null,
    window_to       date          not null,
    -- The frozen inputs: candidate unit ids, ascending, comma-separated (published with the commitment).
    candidates      varchar(20000) not null,
    -- Kept out of every response until the draw is revealed.
    seed            varchar(64)   not null,
    seed_commitment varchar(64)   not null,
    committed_at    timestamptz   not null,
    committed_by    varchar(100)  not null,
    drawn_at        timestamptz,
    revealed_at     timestamptz,
    constraint supervision_draw_window check (window_to >= window_from)
);

create table supervision_planned_inspection (
    id             bigserial primary key,
    plan_id        bigint      not null references supervision_plan (id) on delete cascade,
    kind           varchar(15) not null check (kind in ('ROUTINE', 'SPECIAL', 'COMPREHENSIVE', 'RANDOM')),
    unit_id        bigint      not null,
    planned_on     date,
    inspector_id   bigint references supervision_inspector (id),
    topic          varchar(200),
    draw_id        bigint references supervision_draw (id),
    -- The unit's lottery number (unsigned 64-bit, decimal) for a drawn inspection.
    lottery_number varchar(20)
);
create index supervision_planned_inspection_plan on supervision_planned_inspection (plan_id);
