-- Jobs that outlive a node. Any node answers a poll from platform_job; db-scheduler (one table,
-- scheduled_tasks, its PostgreSQL layout for version 16) runs durable jobs on any node and periodic
-- work once per cluster; uploads wait in platform_upload until their job ends.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create table platform_job (
    id           uuid primary key,
    kind         varchar(100) not null,
    owner        varchar(64)  not null,
    locale       varchar(20),
    -- DURABLE: a handler and a JSON input, run (again) by any node; LOCAL: work held by the node that started it.
    mode         varchar(10)  not null check (mode in ('LOCAL', 'DURABLE')),
    handler      varchar(200),
    input        jsonb,
    state        varchar(10)  not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    phase        varchar(100),
    total        bigint       not null default 0,
    processed    bigint       not null default 0,
    node         varchar(200),
    attempts     int          not null default 0,
    -- Why the job was resumed on another node, or why it failed for lack of one.
    note         varchar(300),
    result       jsonb,
    problem      jsonb,
    started_at   timestamptz  not null,
    heartbeat_at timestamptz  not null,
    finished_at  timestamptz
);
create index platform_job_running_idx on platform_job (heartbeat_at) where state = 'RUNNING';
create index platform_job_finished_idx on platform_job (finished_at) where finished_at is not null;

create table platform_upload (
    id         uuid primary key,
    filename   varchar(255),
    size       bigint      not null,
    content    bytea       not null,
    created_at timestamptz not null
);
create index platform_upload_created_idx on platform_upload (created_at);
