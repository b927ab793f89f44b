-- A drill practises some steps only; its interview_answer rows are exactly those steps.
alter table interview add column mode varchar(10) not null default 'full' check (mode in ('full', 'drill'));
