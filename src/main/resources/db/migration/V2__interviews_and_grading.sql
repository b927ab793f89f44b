create table interview (
    id                  bigint generated always as identity primary key,
    user_id             bigint      not null references app_user (id),
    scenario_version_id bigint      not null references scenario_version (id),
    status              varchar(20) not null,
    started_at          timestamptz not null,
    deadline            timestamptz not null,
    submitted_at        timestamptz,
    overtime            boolean     not null default false,
    overall_score       int,
    verdict             varchar(20),
    lock_version        bigint      not null default 0
);
create index interview_by_user on interview (user_id, started_at desc);

-- One row per step; version is the optimistic version the client saves against.
create table interview_answer (
    id                 bigint generated always as identity primary key,
    interview_id       bigint      not null references interview (id) on delete cascade,
    step_key           varchar(40) not null,
    step_order         int         not null,
    text               text        not null default '',
    version            int         not null default 0,
    follow_up_question text,
    follow_up_reply    text,
    updated_at         timestamptz,
    unique (interview_id, step_key)
);

-- A grading is both the durable job (claimed with FOR UPDATE SKIP LOCKED, leased) and
-- its outcome. Regrades add attempts; earlier ones stay as history.
create table grading (
    id             bigint generated always as identity primary key,
    interview_id   bigint       not null references interview (id) on delete cascade,
    attempt        int          not null,
    status         varchar(20)  not null,
    judge_kind     varchar(20)  not null,
    judge_model    varchar(200) not null,
    prompt_version varchar(20)  not null,
    steps_total    int          not null,
    overall_score  int,
    verdict        varchar(20),
    flags          text[]       not null default '{}',
    reason         text,
    requested_at   timestamptz  not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    claimed_by     varchar(100),
    lease_until    timestamptz,
    claims         int          not null default 0,
    unique (interview_id, attempt)
);
create index grading_open on grading (requested_at) where status in ('QUEUED', 'RUNNING');

create table step_grade (
    id         bigint generated always as identity primary key,
    grading_id bigint      not null references grading (id) on delete cascade,
    step_key   varchar(40) not null,
    score      int         not null check (score between 1 and 5),
    result     text        not null,
    graded_at  timestamptz not null,
    unique (grading_id, step_key)
);
