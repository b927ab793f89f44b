package com.designcoach.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.designcoach.config.AppProperties;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per (account, address) pair, per address and per account (in
 * {@link AuthCounters}, shared by every instance).
 *
 * <ul>
 * <li>A pair or an address over its limit is refused before the password is checked, so a
 * guesser learns nothing more from it until the window ends; the owner signing in from
 * elsewhere is not affected.</li>
 * <li>An account over its own limit (failures from any address) is slowed, not refused:
 * each attempt waits a delay that doubles with every failure, up to a ceiling. A refusal
 * would let a stranger lock the owner out from a few addresses; a proof of work would
 * break the scripts that send Basic credentials on every request. The delay is what a
 * distributed guesser pays per guess on that account, on top of the per-address limit
 * that bounds how many guesses each of its addresses gets.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	private static final Duration FIRST_DELAY = Duration.ofMillis(250);

	private final AuthCounters counters;

	private final AppProperties.Login limits;

	LoginThrottle(AuthCounters counters, AppProperties properties) {
		this.counters = counters;
		this.limits = properties.login();
	}

	/**
	 * What to do before checking a password: refuse (for how long), or wait a while
	 * first.
	 */
	record Verdict(Optional<Duration> refusedFor, Duration delay, boolean pairHasFailures) {
	}

	Verdict check(String username, String address) {
		Keys keys = new Keys(username, address);
		Map<String, AuthCounters.Window> windows = counters.read(keys.all(), limits.window());
		Instant now = counters.now();
		AuthCounters.Window pair = windows.get(keys.pair);
		AuthCounters.Window origin = windows.get(keys.address);
		Duration refusal = null;
		if (pair.count() >= limits.maxFailuresPerPair()) {
			refusal = pair.remaining(limits.window(), now);
		}
		if (origin.count() >= limits.maxFailuresPerAddress()) {
			Duration wait = origin.remaining(limits.window(), now);
			refusal = refusal == null || wait.compareTo(refusal) > 0 ? wait : refusal;
		}
		return new Verdict(Optional.ofNullable(refusal), delayAfter(windows.get(keys.account).count()),
				pair.count() > 0);
	}

	/** The delay for an account with this many failures in its window. */
	Duration delayAfter(int accountFailures) {
		int over = accountFailures - limits.maxFailuresPerAccount();
		if (over < 0) {
			return Duration.ZERO;
		}
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over, 20));
		return delay.compareTo(limits.accountDelayMax()) > 0 ? limits.accountDelayMax() : delay;
	}

	void recordFailure(String username, String address) {
		counters.increment(new Keys(username, address).all(), limits.window());
	}

	/**
	 * A correct password from a pair forgets that pair's failures (the owner typed it).
	 */
	void recordSuccess(String username, String address) {
		counters.reset(new Keys(username, address).pair);
	}

	private static final class Keys {

		final String pair;

		final String address;

		final String account;

		Keys(String username, String address) {
			String origin = address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
			this.pair = "pair:" + username + "|" + origin;
			this.address = "addr:" + origin;
			this.account = "acct:" + username;
		}

		List<String> all() {
			return List.of(pair, address, account);
		}

	}

}
