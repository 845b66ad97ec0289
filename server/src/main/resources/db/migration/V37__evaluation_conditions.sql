-- 办学条件: one report per school and school year, the inputs of the balance calculation (evaluation module).
create table evaluation_conditions (
    id                     bigserial primary key,
    version                bigint        not null default 0,
    region_code            varchar(6)    not null,
    unit_id                bigint        not null,
    school_year            integer       not null check (school_year between 2000 and 2100),
    primary_pupils         integer       not null check (primary_pupils >= 0),
    junior_pupils          integer       not null check (junior_pupils >= 0),
    senior_pupils          integer       not null check (senior_pupils >= 0),
    classes                integer       not null check (classes >= 0),
    teachers               integer       not null check (teachers >= 0),
    qualified_teachers     integer       not null check (qualified_teachers >= 0),
    senior_title_teachers  integer       not null check (senior_title_teachers >= 0),
    backbone_teachers      integer       not null check (backbone_teachers >= 0),
    pe_art_teachers        integer       not null check (pe_art_teachers >= 0),
    teaching_area_m2       numeric(12,2) not null check (teaching_area_m2 >= 0),
    sports_area_m2         numeric(12,2) not null check (sports_area_m2 >= 0),
    equipment_yuan         numeric(14,2) not null check (equipment_yuan >= 0),
    multimedia_rooms       integer       not null check (multimedia_rooms >= 0),
    books                  integer       not null check (books >= 0),
    computers              integer       not null check (computers >= 0),
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    -- Two clerks saving the same school's year at once must not leave two reports.
    constraint evaluation_conditions_one_per_year unique (unit_id, school_year)
);

create index evaluation_conditions_region_year on evaluation_conditions (region_code, school_year);
