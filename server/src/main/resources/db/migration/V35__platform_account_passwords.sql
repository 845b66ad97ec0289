-- An administrator's reset (and the generated first password) makes the account change its password
-- at the next sign-in; password_changed_at also ends the account's other sessions when it moves.
alter table app_user
    add column password_change_required boolean not null default false,
    add column password_changed_at      timestamptz;
