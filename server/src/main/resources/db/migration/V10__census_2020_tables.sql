-- 2020 census (七普) cohorts by region: the base for demand forecasts and planning.
-- Source: leiii/census (MIT, Copyright (c) 2022 Lei Dong); see db/reference/README.md.
create table census_region (
    code           varchar(6)    primary key,
    name           varchar(50)   not null,
    population     integer       not null check (population >= 0),
    households     integer       not null check (households >= 0),
    household_size numeric(4, 2) not null
);

create table census_age_band (
    region_code varchar(6)  not null references census_region (code),
    band        varchar(8)  not null check (band in ('0', '1-4', '5-9', '10-14', '15-19')),
    male        integer     not null check (male >= 0),
    female      integer     not null check (female >= 0),
    primary key (region_code, band)
);
