-- 队伍建设 (workforce module), part 6: a course's sessions with who attended (completion credits the hours attended
-- and needs two thirds of them), and the reminders sent to units with people still to train as a cycle's deadline
-- nears (once per unit and threshold, whichever node sends them).
create table workforce_course_session (
    id          bigserial primary key,
    course_id   bigint        not null references workforce_course (id),
    held_on     date          not null,
    hours       numeric(4, 1) not null check (hours > 0 and hours <= 12),
    topic       varchar(200)  not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);

create index workforce_course_session_course on workforce_course_session (course_id, held_on);

create table workforce_session_attendance (
    session_id  bigint not null references workforce_course_session (id),
    staff_id    bigint not null,
    primary key (session_id, staff_id)
);

create table workforce_training_reminder (
    id           bigserial primary key,
    region_code  varchar(6)   not null,
    cycle_id     bigint       not null references workforce_training_cycle (id),
    unit_id      bigint       not null,
    days_before  integer      not null check (days_before > 0),
    deadline     date         not null,
    untrained    integer      not null check (untrained > 0),
    created_at   timestamptz  not null,
    constraint workforce_training_reminder_once unique (cycle_id, unit_id, days_before)
);

create index workforce_training_reminder_unit on workforce_training_reminder (region_code, unit_id, created_at);
