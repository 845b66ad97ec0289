-- 学区治理 (governance module), part 1: the bodies that govern a district — council (学区理事会), governance
-- committee (学区治理委员会) and its departments, the bureau's joint meeting (联席会议), party organisations
-- (单独党支部 / 联合党支部) — with their members and quorum rules; charters (章程), versioned.
create table governance_body (
    id                bigserial primary key,
    version           bigint       not null default 0,
    region_code       varchar(6)   not null,
    -- null for the bureau's joint meeting, which belongs to the region
    district_id       bigint,
    kind              varchar(20)  not null check (kind in
                          ('COUNCIL', 'COMMITTEE', 'DEPARTMENT', 'JOINT_MEETING', 'PARTY_BRANCH', 'JOINT_PARTY_BRANCH')),
    department        varchar(20)  check (department in ('PARTY_BUILDING', 'ADMINISTRATION', 'RESEARCH_TRAINING')),
    parent_id         bigint       references governance_body (id),
    name              varchar(100) not null,
    convening_unit_id bigint,
    -- the quorum rule, as data (governance/API.md "Quorum")
    quorum_share      varchar(12)  not null check (quorum_share in ('ANY', 'MAJORITY', 'TWO_THIRDS', 'ALL')),
    required_kinds    varchar(300) not null default '',
    approval          varchar(24)  not null check (approval in
                          ('MAJORITY_OF_PRESENT', 'TWO_THIRDS_OF_PRESENT', 'MAJORITY_OF_MEMBERS')),
    meets_monthly     boolean      not null default false,
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null,
    constraint governance_body_district check ((kind = 'JOINT_MEETING') = (district_id is null)),
    constraint governance_body_department check ((kind = 'DEPARTMENT') = (department is not null and parent_id is not null))
);

create unique index governance_body_one_council on governance_body (district_id, kind) where kind in ('COUNCIL', 'COMMITTEE');
create unique index governance_body_one_department on governance_body (parent_id, department) where kind = 'DEPARTMENT';
create unique index governance_body_one_joint_meeting on governance_body (region_code) where kind = 'JOINT_MEETING';
create index governance_body_region on governance_body (region_code, district_id);

create table governance_member (
    id           bigserial primary key,
    body_id      bigint       not null references governance_body (id) on delete cascade,
    position     integer      not null,
    person_name  varchar(50)  not null,
    kind         varchar(30)  not null,
    role         varchar(12)  not null check (role in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')),
    unit_id      bigint,
    organisation varchar(100),
    title        varchar(50),
    -- the platform account of the person, when they sign in (an institution's representative on the council)
    username     varchar(64)
);

create index governance_member_body on governance_member (body_id);
create index governance_member_unit on governance_member (unit_id) where unit_id is not null;
create index governance_member_username on governance_member (username) where username is not null;

-- A kindergarten belongs to one party organisation: its own branch or a district's joint branch (seed 003 §二(一)3).
create table governance_party_unit (
    body_id bigint not null references governance_body (id) on delete cascade,
    unit_id bigint not null,
    constraint governance_party_unit_once unique (unit_id)
);

create table governance_charter (
    id          bigserial primary key,
    version     bigint       not null default 0,
    region_code varchar(6)   not null,
    -- null: the bureau's template (章程模板)
    district_id bigint,
    title       varchar(200) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null
);

create unique index governance_charter_one_template on governance_charter (region_code) where district_id is null;
create unique index governance_charter_one_per_district on governance_charter (district_id) where district_id is not null;

create table governance_charter_version (
    id                  bigserial primary key,
    charter_id          bigint        not null references governance_charter (id) on delete cascade,
    number              integer       not null check (number >= 1),
    text                text          not null,
    status              varchar(12)   not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SUPERSEDED')),
    template_version_id bigint        references governance_charter_version (id),
    note                varchar(1000),
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    submitted_at        timestamptz,
    submitted_by        varchar(100),
    decided_at          timestamptz,
    decided_by          varchar(100),
    constraint governance_charter_version_number unique (charter_id, number)
);

-- At most one version in the works and one in force per charter: the database has the last word.
create unique index governance_charter_one_open on governance_charter_version (charter_id) where status in ('DRAFT', 'IN_REVIEW');
create unique index governance_charter_one_approved on governance_charter_version (charter_id) where status = 'APPROVED';
