-- What each user spent on the model per UTC day, in model calls: a grading costs 7 (one
-- call per step), a follow-up from the model 1. The quota is taken with one
-- INSERT .. ON CONFLICT DO UPDATE .. WHERE statement, so concurrent submits, regrades and
-- follow-ups cannot all pass a check made before any of them was written.
create table model_usage (
    user_id    bigint not null references app_user (id) on delete cascade,
    day        date   not null,
    cost       int    not null default 0,
    gradings   int    not null default 0,
    follow_ups int    not null default 0,
    primary key (user_id, day)
);

-- LLM gradings already started today keep counting after the upgrade.
insert into model_usage (user_id, day, cost, gradings)
select i.user_id, (g.requested_at at time zone 'UTC')::date, 7 * count(*), count(*)
from grading g join interview i on i.id = g.interview_id
where g.judge_kind = 'llm' and g.requested_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'
group by i.user_id, (g.requested_at at time zone 'UTC')::date;

-- Follow-up questions asked of the model, per interview and per step.
alter table interview add column follow_ups_asked int not null default 0;
alter table interview_answer add column follow_ups_asked int not null default 0;
