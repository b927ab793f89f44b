create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(32)  not null unique,
    password_hash varchar(200) not null,
    roles         varchar(100) not null,
    created_at    timestamptz  not null
);

-- The seven-step framework. Loaded from rubric/framework.json; a newer file version replaces it.
create table rubric_step (
    step_key          varchar(40)  primary key,
    step_order        int          not null unique,
    title             varchar(200) not null,
    description       text         not null,
    weight            numeric(4, 3) not null check (weight > 0 and weight <= 1),
    suggested_minutes int          not null check (suggested_minutes > 0),
    criteria          text[]       not null,
    levels            text[]       not null check (cardinality(levels) = 5),
    rubric_version    int          not null
);

-- A scenario's searchable face; its content lives in immutable versions.
create table scenario (
    id               bigint generated always as identity primary key,
    slug             varchar(80)  not null unique,
    title            varchar(200) not null,
    summary          varchar(500) not null,
    category         varchar(40)  not null,
    difficulty       varchar(10)  not null,
    duration_minutes int          not null,
    tags             text[]       not null,
    current_version  int          not null,
    archived         boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    lock_version     bigint       not null default 0
);

create table scenario_version (
    id          bigint generated always as identity primary key,
    scenario_id bigint      not null references scenario (id),
    version     int         not null,
    document    text        not null,
    created_by  varchar(32),
    created_at  timestamptz not null,
    unique (scenario_id, version)
);
