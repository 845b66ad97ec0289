-- 督导 part 3: findings (问题) and the loop that closes them: escalation, rectification order (整改通知) with an
-- owner and a deadline, the unit's answer, the recheck (复查), closing or reopening; relapses (反弹) marked;
-- notices to the unit, the district and the commission, each sent once (the overdue sweep relies on it).
create table supervision_finding (
    id                    bigserial primary key,
    version               bigint        not null default 0,
    region_code           varchar(6)    not null,
    district_id           bigint        not null,
    unit_id               bigint        not null,
    inspection_id         bigint        not null references supervision_inspection (id),
    criterion_id          bigint        not null references supervision_rubric_criterion (id),
    domain_code           varchar(20)   not null,
    criterion_code        varchar(20)   not null,
    severity              varchar(10)   not null check (severity in ('GENERAL', 'MAJOR', 'HARD')),
    description           varchar(2000) not null,
    evidence              varchar(2000) not null,
    requirement           varchar(2000),
    status                varchar(10)   not null
        check (status in ('OPEN', 'ESCALATED', 'ORDERED', 'ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED')),
    found_on              date          not null,
    relapse               boolean       not null default false,
    relapse_of_id         bigint references supervision_finding (id),
    escalated_at          timestamptz,
    escalated_by          varchar(100),
    order_owner           varchar(100),
    order_deadline        date,
    order_requirement     varchar(2000),
    ordered_at            timestamptz,
    ordered_by            varchar(100),
    answer_measures       varchar(4000),
    answer_evidence       varchar(4000),
    answered_at           timestamptz,
    answered_by           varchar(100),
    recheck_inspection_id bigint references supervision_inspection (id),
    recheck_passed        boolean,
    recheck_note          varchar(2000),
    rechecked_at          timestamptz,
    rechecked_by          varchar(100),
    closed_at             timestamptz,
    reopen_count          integer       not null default 0,
    overdue               boolean       not null default false,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null
);
create index supervision_finding_unit on supervision_finding (unit_id, criterion_code);
create index supervision_finding_district on supervision_finding (district_id, status);
create index supervision_finding_deadline on supervision_finding (status, order_deadline);
alter table supervision_photo
    add constraint supervision_photo_finding foreign key (finding_id) references supervision_finding (id);

create table supervision_notice (
    id          bigserial primary key,
    region_code varchar(6)  not null,
    finding_id  bigint      not null references supervision_finding (id),
    kind        varchar(10) not null
        check (kind in ('FEEDBACK', 'ESCALATED', 'ORDERED', 'ANSWERED', 'REMINDER', 'OVERDUE', 'CLOSED', 'REOPENED')),
    audience    varchar(10) not null check (audience in ('UNIT', 'DISTRICT', 'COMMISSION', 'INSPECTOR')),
    unit_id     bigint      not null,
    district_id bigint      not null,
    deadline    date,
    created_at  timestamptz not null,
    -- Every notice is sent once: a sweep running on two nodes inserts it once and acts only on its own insert.
    constraint supervision_notice_once unique nulls not distinct (finding_id, kind, audience, deadline)
);
create index supervision_notice_unit on supervision_notice (unit_id, created_at);
