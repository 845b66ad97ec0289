-- 督导 part 4: points (积分制). Rules are data the commission edits; the ledger is derived from the records under
-- the current rules, one entry per rule and source record (so re-deriving never doubles an entry).
create table supervision_points_rule (
    id          bigserial primary key,
    version     bigint       not null default 0,
    region_code varchar(6)   not null,
    kind        varchar(20)  not null check (kind in ('BASE', 'INSPECTION_SCORE', 'GENERAL_FINDING', 'MAJOR_FINDING',
        'HARD_FINDING', 'OVERDUE', 'RELAPSE', 'SELF_SUPERVISION', 'CLOSED_ON_TIME')),
    points      numeric(6, 2) not null check (points between -100 and 100),
    threshold   numeric(6, 2) check (threshold between 0 and 100),
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    constraint supervision_points_rule_one unique (region_code, kind)
);

create table supervision_points_entry (
    id          bigserial primary key,
    region_code varchar(6)    not null,
    district_id bigint        not null,
    unit_id     bigint        not null,
    year        integer       not null,
    kind        varchar(20)   not null,
    points      numeric(8, 2) not null,
    source_type varchar(10)   not null check (source_type in ('INSPECTION', 'FINDING')),
    source_id   bigint        not null,
    occurred_on date          not null,
    updated_at  timestamptz   not null,
    constraint supervision_points_once unique (kind, source_type, source_id)
);
create index supervision_points_unit on supervision_points_entry (unit_id, year);
create index supervision_points_district on supervision_points_entry (district_id, year);
