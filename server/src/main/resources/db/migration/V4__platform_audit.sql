-- Append-only: who did what to which entity, with the fields before and after.
create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(64)  not null,
    action         varchar(20)  not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOGOUT')),
    entity_type    varchar(100),
    entity_id      varchar(64),
    region_code    varchar(6),
    before         jsonb,
    after          jsonb,
    remote_address varchar(64),
    detail         varchar(500)
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_region_idx on audit_entry (region_code, occurred_at desc);
