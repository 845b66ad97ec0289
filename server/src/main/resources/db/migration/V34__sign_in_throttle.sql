-- Sign-in attempts counted per identity, in one statement per attempt, so that parallel attempts are
-- all counted. Unknown user names and unregistered ID numbers get a row too: real and made-up
-- identities then answer and lock alike. A family's identity is a keyed hash of the ID number
-- (HMAC-SHA-256), never the number itself.
create table sign_in_throttle (
    kind         varchar(10)  not null check (kind in ('USER', 'FAMILY')),
    identity     varchar(128) not null,
    failures     integer      not null default 0,
    locked_until timestamptz,
    updated_at   timestamptz  not null,
    primary key (kind, identity)
);
create index sign_in_throttle_updated_idx on sign_in_throttle (updated_at);

-- The key of those hashes, made on first use (unless configured outside the database).
create table sign_in_key (
    id     integer primary key check (id = 1),
    secret bytea   not null
);

-- Family lock-out moved to sign_in_throttle: per-child counters raced (optimistic-lock conflicts)
-- and existed only for registered numbers.
alter table school_age_child drop column access_failures;
alter table school_age_child drop column access_locked_until;

-- 报名号 are random from now on (2027P- and ten Crockford base32 characters); they stay unique.
drop sequence enrollment_application_number_seq;
