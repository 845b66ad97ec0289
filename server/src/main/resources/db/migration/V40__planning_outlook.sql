-- 学位储备: the seat outlook's inputs. Observed enrollment by grade per school district (the history the
-- grade-progression projection and its backtest read), the editable terms of the entry-grade estimate per
-- district, registered births imported from the bureau, and new housing entered per address block.
create table planning_enrollment_history (
    region_code varchar(6) not null,
    district_id bigint     not null,
    school_year integer    not null check (school_year between 2000 and 2100),
    grade       integer    not null check (grade between 1 and 12),
    pupils      integer    not null check (pupils >= 0),
    primary key (district_id, school_year, grade)
);

create index planning_enrollment_history_region on planning_enrollment_history (region_code);

create table planning_district_settings (
    id                     bigserial primary key,
    version                bigint        not null default 0,
    region_code            varchar(6)    not null,
    district_id            bigint        not null,
    district_share         numeric(7, 6) not null check (district_share >= 0 and district_share <= 1),
    public_share           numeric(7, 6) not null check (public_share >= 0 and public_share <= 1),
    children_per_household numeric(7, 6) not null check (children_per_household >= 0 and children_per_household <= 5),
    method                 varchar(10)   not null check (method in ('MEAN', 'GEOMETRIC', 'MEDIAN', 'LAST', 'WEIGHTED')),
    window_years           integer       check (window_years >= 1),
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    constraint planning_district_settings_one unique (district_id)
);

create table planning_births (
    region_code varchar(6)   not null,
    district_id bigint       not null,
    birth_year  integer      not null check (birth_year between 1990 and 2100),
    births      integer      not null check (births >= 0),
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    primary key (district_id, birth_year)
);

create table planning_housing (
    id              bigserial primary key,
    version         bigint       not null default 0,
    region_code     varchar(6)   not null,
    district_id     bigint       not null,
    block_id        bigint       not null,
    completion_year integer      not null check (completion_year between 2000 and 2100),
    homes           integer      not null check (homes >= 0),
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    constraint planning_housing_one_per_block_year unique (block_id, completion_year)
);

create index planning_housing_district on planning_housing (district_id);
