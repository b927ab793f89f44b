-- A judge report card is a durable job like a grading: claimed with FOR UPDATE SKIP LOCKED
-- under a lease, its rows saved as each answer variant is graded, so a report whose instance
-- died is carried on by the next claimant. It lives apart from interviews and gradings: it
-- never counts against a candidate's quota and never shows in anyone's history.
create table judge_report (
    id             bigint generated always as identity primary key,
    status         varchar(20)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    judge_kind     varchar(20)  not null,
    judge_provider varchar(40),
    judge_model    varchar(200) not null,
    prompt_version varchar(20)  not null,
    -- [{slug, title, category, versionId, offTopic, offTopicVersionId}]: the scenario versions
    -- graded, fixed at the start so a resumed report grades what it started with
    plan           text         not null,
    samples        int          not null check (samples between 1 and 5),
    requested_by   varchar(100) not null,
    started_at     timestamptz  not null,
    finished_at    timestamptz,
    reason         text,
    metrics        text,
    claimed_by     varchar(100),
    lease_until    timestamptz,
    claims         int          not null default 0
);
-- One report runs at a time across all instances: a second start is refused atomically.
create unique index judge_report_one_running on judge_report ((true)) where status = 'RUNNING';
create index judge_report_newest on judge_report (started_at desc, id desc);

-- One row per graded answer variant and sample; steps holds each step's score, flags and quotes.
create table judge_report_row (
    report_id     bigint      not null references judge_report (id) on delete cascade,
    scenario      varchar(80) not null,
    variant       varchar(20) not null,
    sample        int         not null,
    overall_score int         not null,
    steps         text        not null,
    graded_at     timestamptz not null,
    primary key (report_id, scenario, variant, sample)
);
