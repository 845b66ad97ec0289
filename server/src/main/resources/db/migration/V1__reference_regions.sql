-- GB/T 2260 administrative divisions. Rows are loaded by V2 from db/reference/*.csv.
create table region (
    code      varchar(6)  primary key check (code ~ '^[0-9]{6}$'),
    name      varchar(50) not null,
    city_code varchar(4)  not null
);

create table subdistrict (
    code        varchar(9)  primary key check (code ~ '^[0-9]{9}$'),
    region_code varchar(6)  not null references region (code),
    name        varchar(50) not null,
    check (left(code, 6) = region_code)
);
create index subdistrict_region_idx on subdistrict (region_code);

-- Platform-wide facts, e.g. whether the database holds sample (demo) data.
create table app_setting (
    key   varchar(64)  primary key,
    value varchar(500) not null
);
