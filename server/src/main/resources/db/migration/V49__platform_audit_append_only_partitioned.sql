-- The audit log becomes append-only in the database itself and is kept in monthly partitions, so that old months
-- leave by dropping a partition (xuequ.audit.retention-months, never less than six) rather than by DELETE, which
-- the trigger below refuses to everyone, the application's own database user included.
--
-- PostgreSQL before 17 allows no identity column on a partitioned table: the id comes from a sequence instead,
-- continuing after the last id of the old table. The primary key must contain the partition key.
alter table audit_entry rename to audit_entry_unpartitioned;
alter index audit_entry_occurred_idx rename to audit_entry_unpartitioned_occurred_idx;
alter index audit_entry_actor_idx rename to audit_entry_unpartitioned_actor_idx;
alter index audit_entry_entity_idx rename to audit_entry_unpartitioned_entity_idx;
alter index audit_entry_region_idx rename to audit_entry_unpartitioned_region_idx;

create sequence audit_entry_id_sequence as bigint;

create table audit_entry (
    id             bigint       not null default nextval('audit_entry_id_sequence'),
    occurred_at    timestamptz  not null default now(),
    actor          varchar(64)  not null,
    action         varchar(20)  not null
        check (action in ('CREATE', 'UPDATE', 'DELETE', 'LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOGOUT', 'ACCESS')),
    entity_type    varchar(100),
    entity_id      varchar(64),
    region_code    varchar(6),
    before         jsonb,
    after          jsonb,
    remote_address varchar(64),
    detail         varchar(500),
    primary key (id, occurred_at)
) partition by range (occurred_at);
alter sequence audit_entry_id_sequence owned by audit_entry.id;
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_region_idx on audit_entry (region_code, occurred_at desc);

-- One partition per calendar month (UTC), named audit_entry_yYYYYmMM. Creates the month of `since` and every
-- month after it up to `months_ahead` months after the current one; answers how many it created.
create function audit_entry_ensure_partitions(since timestamptz, months_ahead int) returns int
    language plpgsql as $$
declare
    month   date := date_trunc('month', since at time zone 'UTC')::date;
    last    date := (date_trunc('month', now() at time zone 'UTC') + make_interval(months => months_ahead))::date;
    made    int := 0;
    name    text;
begin
    while month <= last loop
        name := format('audit_entry_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
        if to_regclass(name) is null then
            execute format(
                'create table %I partition of audit_entry for values from (%L) to (%L)',
                name,
                (month::timestamp at time zone 'UTC'),
                ((month + interval '1 month')::timestamp at time zone 'UTC'));
            made := made + 1;
        end if;
        month := (month + interval '1 month')::date;
    end loop;
    return made;
end $$;

-- Drops the monthly partitions that end on or before `cutoff`; answers how many.
create function audit_entry_drop_partitions_before(cutoff timestamptz) returns int
    language plpgsql as $$
declare
    part    record;
    dropped int := 0;
begin
    for part in
        select c.relname as name,
               to_date(replace(substring(c.relname from 'y(\d{4}m\d{2})$'), 'm', ''), 'YYYYMM') as month
          from pg_inherits i
          join pg_class c on c.oid = i.inhrelid
         where i.inhparent = 'audit_entry'::regclass
    loop
        if part.month is not null and part.month + interval '1 month' <= cutoff at time zone 'UTC' then
            execute format('drop table %I', part.name);
            dropped := dropped + 1;
        end if;
    end loop;
    return dropped;
end $$;

select audit_entry_ensure_partitions(
    coalesce((select min(occurred_at) from audit_entry_unpartitioned), now()), 3);

insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, region_code, before, after,
                         remote_address, detail)
select id, occurred_at, actor, action, entity_type, entity_id, region_code, before, after, remote_address, detail
  from audit_entry_unpartitioned;
select setval('audit_entry_id_sequence', coalesce((select max(id) from audit_entry_unpartitioned), 0) + 1, false);
drop table audit_entry_unpartitioned;

-- Append-only: no UPDATE or DELETE of a row, whoever asks (cloned onto every partition), and no TRUNCATE.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Old months leave by dropping their partition (audit_entry_drop_partitions_before).';
end $$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
