-- Browser sessions become signed cookies: reading one needs no database round trip, which
-- Spring Session's tables cost on every request. Every instance signs with the one key
-- kept here, so a session still survives a switch of instance.
DROP TABLE SPRING_SESSION_ATTRIBUTES;
DROP TABLE SPRING_SESSION;

CREATE TABLE session_signing_key (
	id         SMALLINT PRIMARY KEY CHECK (id = 1),
	secret     BYTEA NOT NULL CHECK (octet_length(secret) >= 32),
	created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A signed-out session id stays here until every cookie it could be in has expired;
-- each instance keeps the list in memory and reads what is new every second.
CREATE TABLE revoked_session (
	session_id TEXT PRIMARY KEY,
	revoked_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX revoked_session_revoked_at ON revoked_session (revoked_at);
