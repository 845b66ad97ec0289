-- 规划与学位储备 (planning module): plan documents with their quantified indicators (量化指标) and the
-- actual value of each indicator per year; key projects (重点工程) with their milestones.
create table planning_plan (
    id              bigserial primary key,
    version         bigint        not null default 0,
    region_code     varchar(6)    not null,
    name            varchar(200)  not null,
    start_year      integer       not null check (start_year between 2000 and 2100),
    end_year        integer       not null check (end_year between 2000 and 2100),
    source          varchar(500),
    -- The traffic-light rule, as data (see planning/API.md "Traffic lights").
    on_track_slack  numeric(5, 4) not null default 0.05 check (on_track_slack >= 0 and on_track_slack <= 1),
    at_risk_slack   numeric(5, 4) not null default 0.20 check (at_risk_slack >= 0 and at_risk_slack <= 1),
    constraint planning_plan_years check (end_year >= start_year),
    constraint planning_plan_one_name unique (region_code, name)
);

create table planning_indicator (
    id            bigserial primary key,
    version       bigint         not null default 0,
    plan_id       bigint         not null references planning_plan (id) on delete cascade,
    seq           integer        not null check (seq >= 0),
    area          varchar(100),
    name          varchar(300)   not null,
    unit          varchar(30)    not null,
    baseline      numeric(14, 4),
    baseline_year integer        check (baseline_year between 2000 and 2100),
    target        numeric(14, 4) not null,
    target_year   integer        not null check (target_year between 2000 and 2100),
    direction     varchar(4)     not null check (direction in ('UP', 'DOWN')),
    source        varchar(500),
    computed      varchar(40)    check (computed in ('ENTRY_SEATS_PER_DISTRICT', 'ENTRY_SEATS', 'BALANCE_MAX_CV_PRIMARY')),
    constraint planning_indicator_one_name unique (plan_id, name)
);

create table planning_indicator_value (
    id           bigserial primary key,
    version      bigint         not null default 0,
    indicator_id bigint         not null references planning_indicator (id) on delete cascade,
    year         integer        not null check (year between 2000 and 2100),
    value        numeric(14, 4) not null,
    note         varchar(300),
    updated_at   timestamptz    not null,
    updated_by   varchar(100)   not null,
    constraint planning_indicator_value_one_per_year unique (indicator_id, year)
);

create table planning_project (
    id               bigserial primary key,
    version          bigint         not null default 0,
    region_code      varchar(6)     not null,
    plan_id          bigint         references planning_plan (id) on delete set null,
    seq              integer,
    name             varchar(200)   not null,
    stage            varchar(20)    not null,
    subdistrict_name varchar(100),
    district_id      bigint,
    kind             varchar(16)    not null check (kind in ('NEW_SCHOOL', 'EXPANSION', 'RECONSTRUCTION')),
    seats_added      integer        check (seats_added >= 0),
    budget_wan_yuan  numeric(14, 2) check (budget_wan_yuan >= 0),
    opening_year     integer        check (opening_year between 2000 and 2100),
    longitude        numeric(10, 6),
    latitude         numeric(10, 6),
    updated_at       timestamptz    not null,
    updated_by       varchar(100)   not null,
    constraint planning_project_one_name unique (region_code, name)
);

create index planning_project_region on planning_project (region_code);

create table planning_milestone (
    id          bigserial primary key,
    project_id  bigint       not null references planning_project (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    due_date    date         not null,
    status      varchar(12)  not null check (status in ('PLANNED', 'STARTED', 'COMPLETED', 'CANCELLED')),
    started_on  date,
    finished_on date,
    constraint planning_milestone_one_name unique (project_id, name)
);
