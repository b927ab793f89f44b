package com.designcoach.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import com.designcoach.config.AppProperties;
import com.designcoach.config.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Signed-out session ids, and when passwords changed (which ends every older session of
 * the account). Checking a cookie must not cost a database round trip, so each instance
 * holds the list in memory: a sign-out counts here at once, and on the other instances
 * once they next read the table, at most {@code app.session.revocation-poll} later. Rows
 * go once every cookie that could carry their id has expired.
 */
@Component
class SessionRevocations implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

	/**
	 * Rows are stamped by the database when inserted but seen when committed: read back a
	 * little.
	 */
	private static final Duration COMMIT_SLACK = Duration.ofSeconds(30);

	private static final Duration FIRST_PURGE = Duration.ofMinutes(1);

	private static final Duration PURGE_EVERY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TaskScheduler scheduler;

	private final Duration poll;

	private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

	/**
	 * Username to when its password last changed: sessions issued before then are over.
	 */
	private final Map<String, Instant> credentialsChanged = new ConcurrentHashMap<>();

	private volatile Instant readUpTo = Instant.EPOCH;

	private volatile Instant changesReadUpTo = Instant.EPOCH;

	/**
	 * The two schedules while running; the scheduler is shared, so only they are
	 * cancelled.
	 */
	private volatile List<ScheduledFuture<?>> polls;

	SessionRevocations(JdbcClient jdbc, AppProperties properties, TaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.poll = properties.session().revocationPoll();
	}

	boolean isRevoked(String sessionId) {
		return revoked.containsKey(sessionId);
	}

	/**
	 * Whether a session of this user issued at {@code issuedAt} predates a password
	 * change.
	 */
	boolean predatesPasswordChange(String username, Instant issuedAt) {
		Instant changed = credentialsChanged.get(username);
		return changed != null && issuedAt.isBefore(changed);
	}

	/**
	 * Ends every session of the user issued before {@code at}, on every instance. Cookies
	 * carry milliseconds, so {@code at} should too: a cookie issued right after, in the
	 * same millisecond, must count as after.
	 */
	void revokeAllOf(String username, Instant at) {
		credentialsChanged.merge(username, at, (a, b) -> a.isAfter(b) ? a : b);
		jdbc.sql(
				"""
						INSERT INTO credentials_change (username, changed_at) VALUES (:username, :at)
						ON CONFLICT (username) DO UPDATE SET changed_at = GREATEST(credentials_change.changed_at, EXCLUDED.changed_at)""")
			.param("username", username)
			.param("at", Timestamps.from(at))
			.update();
	}

	/**
	 * {@code until} must be no earlier than the expiry of any cookie issued with this id.
	 * Signing out never fails for the user: with the database away, the revocation holds
	 * on this instance (and the browser drops the cookie) and the others are not told.
	 */
	void revoke(String sessionId, Instant until) {
		revoked.put(sessionId, until);
		try {
			jdbc.sql("""
					INSERT INTO revoked_session (session_id, expires_at) VALUES (:id, :until)
					ON CONFLICT (session_id) DO NOTHING""")
				.param("id", sessionId)
				.param("until", Timestamps.from(until))
				.update();
		}
		catch (DataAccessException ex) {
			log.warn("A sign-out could not be shared with other instances: {}", ex.getMessage());
		}
	}

	/** Reads revocations made since the last read, anywhere, and forgets expired ones. */
	void refresh() {
		Instant now = Instant.now();
		Instant since = readUpTo.minus(COMMIT_SLACK);
		jdbc.sql("SELECT session_id, revoked_at, expires_at FROM revoked_session WHERE revoked_at > :since")
			.param("since", Timestamps.from(since))
			.query((rs, row) -> {
				revoked.put(rs.getString(1), Timestamps.instant(rs, 3));
				Instant at = Timestamps.instant(rs, 2);
				if (at.isAfter(readUpTo)) {
					readUpTo = at;
				}
				return null;
			})
			.list();
		revoked.values().removeIf(until -> until.isBefore(now));
		jdbc.sql("SELECT username, changed_at FROM credentials_change WHERE changed_at > :since")
			.param("since", Timestamps.from(changesReadUpTo.minus(COMMIT_SLACK)))
			.query((rs, row) -> {
				Instant at = Timestamps.instant(rs, 2);
				credentialsChanged.merge(rs.getString(1), at, (a, b) -> a.isAfter(b) ? a : b);
				if (at.isAfter(changesReadUpTo)) {
					changesReadUpTo = at;
				}
				return null;
			})
			.list();
	}

	void purgeExpired() {
		jdbc.sql("DELETE FROM revoked_session WHERE expires_at < now()").update();
	}

	@Override
	public void start() {
		refresh();
		Instant now = scheduler.getClock().instant();
		polls = List.of(scheduler.scheduleWithFixedDelay(this::refreshQuietly, now.plus(poll), poll),
				scheduler.scheduleWithFixedDelay(this::purgeQuietly, now.plus(FIRST_PURGE), PURGE_EVERY));
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) { // the database may be briefly away; the next poll
										// catches up
			log.warn("Could not read signed-out sessions: {}", ex.getMessage());
		}
	}

	private void purgeQuietly() {
		try {
			purgeExpired();
		}
		catch (RuntimeException ex) {
			log.warn("Could not purge expired signed-out sessions: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (polls != null) {
			polls.forEach(scheduled -> scheduled.cancel(true));
			polls = null;
		}
	}

	@Override
	public boolean isRunning() {
		return polls != null;
	}

}
