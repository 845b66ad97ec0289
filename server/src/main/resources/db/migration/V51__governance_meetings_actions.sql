-- 学区治理 (governance module), part 2: meetings (例会, 联席会议) with agenda, attendance, votes, documents and
-- minutes; the actions resolutions produce; notices (invitations, reminders, escalations).
create table governance_meeting (
    id                  bigserial primary key,
    version             bigint       not null default 0,
    body_id             bigint       not null references governance_body (id),
    region_code         varchar(6)   not null,
    district_id         bigint,
    kind                varchar(16)  not null check (kind in ('REGULAR', 'EXTRAORDINARY')),
    title               varchar(200) not null,
    starts_at           timestamptz  not null,
    location            varchar(200),
    convening_unit_id   bigint,
    status              varchar(20)  not null check (status in
                            ('SCHEDULED', 'IN_SESSION', 'CLOSED', 'MINUTES_APPROVED', 'CANCELLED')),
    started_at          timestamptz,
    closed_at           timestamptz,
    cancel_reason       varchar(500),
    minutes             text,
    minutes_edited_at   timestamptz,
    minutes_edited_by   varchar(100),
    minutes_approved_at timestamptz,
    minutes_approved_by varchar(100),
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(100) not null,
    -- a monthly series made twice lands on the same instants: the database refuses the second
    constraint governance_meeting_once unique (body_id, starts_at)
);

create index governance_meeting_region on governance_meeting (region_code, district_id, starts_at);

create table governance_agenda_item (
    id             bigserial primary key,
    meeting_id     bigint        not null references governance_meeting (id) on delete cascade,
    position       integer       not null,
    kind           varchar(20)   not null check (kind in ('DEPARTMENT_REPORT', 'INSPECTOR_FINDING', 'PROPOSAL',
                       'CARRIED_ACTION', 'HEAD_REPORT', 'WORK_PLAN_REVIEW', 'OTHER_BUSINESS')),
    title          varchar(300)  not null,
    detail         text,
    presenter      varchar(100),
    source_id      bigint,
    decision_mode  varchar(12)   check (decision_mode in ('VOTE', 'CONSENSUS', 'NOTED')),
    outcome        varchar(12)   check (outcome in ('APPROVED', 'REJECTED', 'NOTED', 'DEFERRED')),
    resolution     text,
    votes_for      integer,
    votes_against  integer,
    votes_abstain  integer,
    decided_at     timestamptz
);

create index governance_agenda_item_meeting on governance_agenda_item (meeting_id);

create table governance_attendance (
    id            bigserial primary key,
    meeting_id    bigint       not null references governance_meeting (id) on delete cascade,
    member_id     bigint       not null,
    person_name   varchar(50)  not null,
    kind          varchar(30)  not null,
    unit_id       bigint,
    username      varchar(64),
    status        varchar(10)  not null check (status in ('EXPECTED', 'PRESENT', 'EXCUSED', 'ABSENT')),
    checked_in_at timestamptz,
    checked_in_by varchar(100),
    constraint governance_attendance_once unique (meeting_id, member_id)
);

create table governance_vote (
    id            bigserial primary key,
    item_id       bigint       not null references governance_agenda_item (id) on delete cascade,
    attendance_id bigint       not null references governance_attendance (id) on delete cascade,
    choice        varchar(8)   not null check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    cast_at       timestamptz  not null,
    cast_by       varchar(100) not null,
    constraint governance_vote_once unique (item_id, attendance_id)
);

create table governance_document (
    id           bigserial primary key,
    meeting_id   bigint       not null references governance_meeting (id) on delete cascade,
    name         varchar(200) not null,
    content_type varchar(100) not null,
    size         integer      not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null
);

create index governance_document_meeting on governance_document (meeting_id);

create table governance_action (
    id                 bigserial primary key,
    version            bigint       not null default 0,
    region_code        varchar(6)   not null,
    district_id        bigint,
    body_id            bigint       not null references governance_body (id),
    meeting_id         bigint       references governance_meeting (id),
    agenda_item_id     bigint       references governance_agenda_item (id),
    title              varchar(300) not null,
    detail             text,
    owner_unit_id      bigint,
    owner_person       varchar(50),
    due_date           date         not null,
    status             varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    link_kind          varchar(24)  check (link_kind in ('RECTIFICATION_ORDER', 'PLAN_INDICATOR', 'BOOKING', 'UNIT')),
    link_id            bigint,
    link_label         varchar(200),
    progress_note      varchar(1000),
    done_on            date,
    -- set by the sweep with a conditional update, so that every node may run it and each notice goes once
    reminded_on        date,
    overdue_noticed_on date,
    escalated_at       timestamptz,
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    constraint governance_action_link check ((link_kind is null) = (link_id is null))
);

create index governance_action_body on governance_action (body_id, status);
create index governance_action_district on governance_action (region_code, district_id, status);
create index governance_action_due on governance_action (due_date) where status in ('OPEN', 'IN_PROGRESS');

create table governance_notice (
    id          bigserial primary key,
    region_code varchar(6)   not null,
    -- unit:<id>, user:<username>, district:<id> (its office) or region:<code> (the commission)
    recipient   varchar(80)  not null,
    kind        varchar(30)  not null,
    subject_id  bigint       not null,
    -- what makes a repeat a new notice (e.g. the meeting's start for an invitation)
    stage       varchar(40)  not null,
    title       varchar(300) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    constraint governance_notice_once unique (kind, subject_id, recipient, stage)
);

create index governance_notice_recipient on governance_notice (recipient, created_at);
