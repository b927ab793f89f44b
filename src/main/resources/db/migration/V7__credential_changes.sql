-- When an account's password last changed. Browser sessions are signed cookies read with no
-- database round trip, so each instance keeps these in memory (read every second, like
-- revoked_session) and refuses a cookie issued before its account's password changed.
CREATE TABLE credentials_change (
	username   TEXT PRIMARY KEY,
	changed_at TIMESTAMPTZ NOT NULL
);
