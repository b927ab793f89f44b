-- Clarifying questions a candidate asks the interviewer, and the answers (from the scenario's
-- facts, or "not specified"). A row is written when the question is accepted, under the
-- interview's lock, so the per-interview limit holds for concurrent asks; its answer follows
-- once the interviewer (perhaps a model) has given it.
create table interview_question (
    id           bigint generated always as identity primary key,
    interview_id bigint      not null references interview (id) on delete cascade,
    question     text        not null,
    answer       text,
    grounded     boolean     not null default false,
    asked_at     timestamptz not null
);

create index interview_question_interview on interview_question (interview_id, id);
