-- 队伍建设 (workforce module), part 2: rotation and exchange rounds (轮岗交流) of a district: the eligibility rules
-- as data, teachers' ranked wishes, receiving schools' needs by subject, the optimiser's proposal with the officials'
-- locks and vetoes, and the decided moves applied to the staff registry on their start date.
create table workforce_rotation_round (
    id                     bigserial primary key,
    version                bigint        not null default 0,
    region_code            varchar(6)    not null,
    district_id            bigint        not null,
    round_year             integer       not null check (round_year between 2000 and 2100),
    title                  varchar(200)  not null,
    status                 varchar(12)   not null check (status in ('COLLECTING', 'PROPOSED', 'APPROVED', 'CANCELLED')),
    min_years              integer       not null check (min_years between 0 and 40),
    retirement_margin      integer       not null check (retirement_margin between 0 and 10),
    retirement_age_men     integer       not null check (retirement_age_men between 50 and 70),
    retirement_age_women   integer       not null check (retirement_age_women between 45 and 70),
    include_cadres         boolean       not null,
    max_out_percent        integer       not null check (max_out_percent between 1 and 100),
    starts_on              date          not null,
    solve_status           varchar(12),
    solved_at              timestamptz,
    solve_millis           bigint,
    cv_backbone_before     double precision,
    cv_backbone_after      double precision,
    cv_pe_art_before       double precision,
    cv_pe_art_after        double precision,
    wishes_honoured        integer,
    approved_at            timestamptz,
    approved_by            varchar(100),
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    -- one round a year per district: two officials opening it at once get one
    constraint workforce_rotation_round_once unique (district_id, round_year)
);

create index workforce_rotation_round_region on workforce_rotation_round (region_code, round_year);

create table workforce_rotation_wish (
    id          bigserial primary key,
    round_id    bigint   not null references workforce_rotation_round (id),
    staff_id    bigint   not null,
    wish_rank   integer  not null check (wish_rank between 1 and 3),
    unit_id     bigint   not null,
    constraint workforce_rotation_wish_rank unique (round_id, staff_id, wish_rank),
    constraint workforce_rotation_wish_unit unique (round_id, staff_id, unit_id)
);

create table workforce_rotation_need (
    id          bigserial primary key,
    round_id    bigint       not null references workforce_rotation_round (id),
    unit_id     bigint       not null,
    subject     varchar(20)  not null,
    seats       integer      not null check (seats between 1 and 100),
    constraint workforce_rotation_need_once unique (round_id, unit_id, subject)
);

create table workforce_rotation_move (
    id            bigserial primary key,
    version       bigint        not null default 0,
    round_id      bigint        not null references workforce_rotation_round (id),
    staff_id      bigint        not null,
    from_unit_id  bigint        not null,
    to_unit_id    bigint        not null check (to_unit_id <> from_unit_id),
    wish_rank     integer       not null check (wish_rank between 0 and 3),
    reasons       varchar(300)  not null,
    decision      varchar(8)    not null check (decision in ('PROPOSED', 'LOCKED', 'VETOED')),
    applied_on    date,
    constraint workforce_rotation_move_pair unique (round_id, staff_id, to_unit_id)
);

-- a teacher has at most one move that may happen in a round (vetoed pairings are kept so re-solving avoids them)
create unique index workforce_rotation_move_one on workforce_rotation_move (round_id, staff_id)
    where decision <> 'VETOED';
