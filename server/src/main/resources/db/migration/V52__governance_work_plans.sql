-- 学区治理 (governance module), part 3: annual work plans (年度工作计划) of a district's bodies (the committee's
-- departments, the committee, the council) with their items, the committee's review, mid-year and year-end progress,
-- and the annual report (述职) of the body's head heard at a meeting.
create table governance_work_plan (
    id                   bigserial primary key,
    version              bigint        not null default 0,
    region_code          varchar(6)    not null,
    district_id          bigint        not null,
    body_id              bigint        not null references governance_body (id),
    plan_year            integer       not null check (plan_year between 2000 and 2100),
    title                varchar(200)  not null,
    status               varchar(20)   not null check (status in
                             ('DRAFT', 'IN_REVIEW', 'APPROVED', 'MID_YEAR_REPORTED', 'YEAR_END_REPORTED')),
    review_note          varchar(1000),
    reviewed_at          timestamptz,
    reviewed_by          varchar(100),
    review_meeting_id    bigint,
    mid_year_summary     text,
    mid_year_at          timestamptz,
    year_end_summary     text,
    year_end_at          timestamptz,
    head_report_person   varchar(100),
    head_report_summary  text,
    head_report_meeting_id bigint,
    head_report_heard_on date,
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    -- one plan a year per body: two editors creating it at once get one
    constraint governance_work_plan_once unique (body_id, plan_year)
);

create index governance_work_plan_district on governance_work_plan (region_code, district_id, plan_year);

create table governance_work_plan_item (
    id                 bigserial primary key,
    plan_id            bigint        not null references governance_work_plan (id) on delete cascade,
    position           integer       not null,
    title              varchar(300)  not null,
    target             varchar(1000),
    owner              varchar(100),
    due_quarter        integer       check (due_quarter between 1 and 4),
    mid_year_progress  varchar(1000),
    mid_year_percent   integer       check (mid_year_percent between 0 and 100),
    year_end_progress  varchar(1000),
    year_end_outcome   varchar(12)   check (year_end_outcome in ('DONE', 'PARTLY', 'NOT_DONE'))
);

create index governance_work_plan_item_plan on governance_work_plan_item (plan_id, position);
