package com.designcoach.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.designcoach.config.AppProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address in fixed windows. Only failures are
 * counted, and a correct password is always accepted: the throttle slows guessing
 * without letting a stranger lock the owner out of an account.
 */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED_KEYS = 100_000;

	private final Map<String, Window> failures = new ConcurrentHashMap<>();

	private final AppProperties.Login limits;

	private final Clock clock;

	@Autowired
	LoginThrottle(AppProperties properties) {
		this(properties.login(), Clock.systemUTC());
	}

	LoginThrottle(AppProperties.Login limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** Records a failure and answers how long the caller must wait, if it is now over a limit. */
	Optional<Duration> recordFailure(String username, String address) {
		Instant now = clock.instant();
		evictExpiredIfLarge(now);
		Window account = failures.compute("u:" + username, (key, window) -> next(window, now));
		Window origin = failures.compute("a:" + address, (key, window) -> next(window, now));
		boolean blocked = account.count > limits.maxFailuresPerAccount()
				|| origin.count > limits.maxFailuresPerAddress();
		if (!blocked) {
			return Optional.empty();
		}
		Instant until = account.start.plus(limits.window()).isAfter(origin.start.plus(limits.window()))
				? account.start.plus(limits.window()) : origin.start.plus(limits.window());
		return Optional.of(Duration.between(now, until));
	}

	private Window next(Window window, Instant now) {
		if (window == null || !now.isBefore(window.start.plus(limits.window()))) {
			return new Window(now, 1);
		}
		return new Window(window.start, window.count + 1);
	}

	private void evictExpiredIfLarge(Instant now) {
		if (failures.size() > MAX_TRACKED_KEYS) {
			failures.values().removeIf(window -> !now.isBefore(window.start.plus(limits.window())));
		}
	}

	private record Window(Instant start, int count) {
	}

}
