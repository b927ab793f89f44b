package com.designcoach.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.config.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counters in fixed windows, kept in PostgreSQL so that every instance sees the same
 * counts and nothing grows in the heap, however many names and addresses an attacker
 * sends. Increments are single upserts, so concurrent attempts on several instances all
 * count.
 */
@Component
class AuthCounters {

	/** The longest window any counter uses; older rows are purged. */
	private static final Duration RETENTION = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	AuthCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	record Window(int count, Instant start) {

		static final Window EMPTY = new Window(0, Instant.EPOCH);

		Duration remaining(Duration length, Instant now) {
			Duration left = Duration.between(now, start.plus(length));
			return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
		}

	}

	Instant now() {
		return clock.instant();
	}

	/** The current windows of these keys; a key without a live window counts 0. */
	Map<String, Window> read(List<String> keys, Duration length) {
		Map<String, Window> windows = new HashMap<>();
		keys.forEach(key -> windows.put(key, Window.EMPTY));
		jdbc.sql("SELECT key, count, window_start FROM auth_counter WHERE key IN (:keys) AND window_start > :since")
			.param("keys", keys)
			.param("since", Timestamps.from(now().minus(length)))
			.query((rs, row) -> windows.put(rs.getString(1), new Window(rs.getInt(2), Timestamps.instant(rs, 3))))
			.list();
		return windows;
	}

	/**
	 * Adds one to each key (starting a new window where the last one ended) and answers
	 * the new counts.
	 */
	Map<String, Window> increment(List<String> keys, Duration length) {
		Instant now = now();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			rows.add("(:key" + i + ", :now, 1)");
		}
		var statement = jdbc.sql("""
				INSERT INTO auth_counter (key, window_start, count) VALUES %s
				ON CONFLICT (key) DO UPDATE SET
					count = CASE WHEN auth_counter.window_start <= :since THEN 1 ELSE auth_counter.count + 1 END,
					window_start = CASE WHEN auth_counter.window_start <= :since THEN :now
						ELSE auth_counter.window_start END
				RETURNING key, count, window_start""".formatted(String.join(", ", rows)))
			.param("now", Timestamps.from(now))
			.param("since", Timestamps.from(now.minus(length)));
		for (int i = 0; i < keys.size(); i++) {
			statement = statement.param("key" + i, keys.get(i));
		}
		Map<String, Window> windows = new HashMap<>();
		statement.query((rs, row) -> windows.put(rs.getString(1), new Window(rs.getInt(2), Timestamps.instant(rs, 3))))
			.list();
		return windows;
	}

	/**
	 * Reserves the next attempt slot of a key's row: atomically moves its
	 * {@code next_attempt_at} to {@code max(next_attempt_at, now) + delay}, unless that
	 * is more than {@code bound} away. Answers how long the caller waits until its slot,
	 * or, refused, a negative duration whose magnitude is how long until the queue is
	 * shorter than the bound. A key without a row (reset or purged meanwhile) gets the
	 * plain delay. Times are the database's (the statement's, even inside a transaction),
	 * so every instance queues on one clock. ({@code greatest} ignores a null
	 * {@code next_attempt_at}.)
	 */
	Duration reserve(String key, Duration delay, Duration bound) {
		var slot = jdbc.sql("""
				UPDATE auth_counter
				SET next_attempt_at = greatest(next_attempt_at, statement_timestamp()) + :delay * interval '1 ms'
				WHERE key = :key AND greatest(next_attempt_at, statement_timestamp()) + :delay * interval '1 ms'
					<= statement_timestamp() + :bound * interval '1 ms'
				RETURNING (extract(epoch FROM next_attempt_at - statement_timestamp()) * 1000)::bigint""")
			.param("key", key)
			.param("delay", delay.toMillis())
			.param("bound", bound.toMillis())
			.query(Long.class)
			.optional();
		if (slot.isPresent()) {
			return Duration.ofMillis(Math.max(0, slot.get()));
		}
		return jdbc.sql("""
				SELECT (extract(epoch FROM next_attempt_at - statement_timestamp()) * 1000)::bigint
				FROM auth_counter WHERE key = :key AND next_attempt_at IS NOT NULL""")
			.param("key", key)
			.query(Long.class)
			.optional()
			.map(queued -> Duration.ofMillis(-Math.max(1, queued - bound.toMillis() + delay.toMillis())))
			.orElse(delay);
	}

	void reset(String key) {
		jdbc.sql("DELETE FROM auth_counter WHERE key = :key").param("key", key).update();
	}

	@Scheduled(fixedDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void purge() {
		jdbc.sql("DELETE FROM auth_counter WHERE window_start < :before")
			.param("before", Timestamps.from(now().minus(RETENTION)))
			.update();
	}

}
