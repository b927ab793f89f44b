-- An account slowed by failed sign-ins (its "acct:" counter past the limit) hands out attempt
-- slots one after another: each attempt moves next_attempt_at on by the account's delay in one
-- atomic update, and is checked only when its slot comes. Concurrent guesses from many
-- addresses and instances therefore queue instead of waiting in parallel.
ALTER TABLE auth_counter ADD COLUMN next_attempt_at TIMESTAMPTZ;
