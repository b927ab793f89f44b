-- Failed sign-ins and registrations counted in fixed windows, shared by every instance.
-- Keys are short and made only from validated names and addresses ("pair:alice|10.0.0.1",
-- "addr:10.0.0.1", "acct:alice", "reg:10.0.0.1"); rows past their window are purged.
CREATE TABLE auth_counter (
	key          TEXT PRIMARY KEY,
	window_start TIMESTAMPTZ NOT NULL,
	count        INTEGER NOT NULL
);

CREATE INDEX auth_counter_window_start ON auth_counter (window_start);
