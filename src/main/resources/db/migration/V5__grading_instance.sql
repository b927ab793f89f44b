-- Which instance finished a grading: shows how the queue spreads work across instances.
alter table grading add column graded_by varchar(100);
