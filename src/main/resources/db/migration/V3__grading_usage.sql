-- What an LLM grading spent, shown with its feedback; zero for the offline judge.
alter table grading add column tokens_in bigint not null default 0;
alter table grading add column tokens_out bigint not null default 0;
alter table grading add column latency_ms bigint not null default 0;
alter table grading add column dropped_quotes int not null default 0;
create index grading_by_requested on grading (requested_at);
alter table grading add column judge_provider varchar(20) not null default 'offline';
