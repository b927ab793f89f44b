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
 * <li>The delays of one account are slots in one queue, not waits side by side: each
 * attempt reserves the account's next slot in PostgreSQL (one atomic update, so it holds
 * across threads and instances) and is checked when its slot comes, so a thousand
 * parallel guesses from a thousand addresses are checked one delay apart. An attempt
 * whose slot would be more than {@link #QUEUE_FACTOR} ceilings away is answered 429 at
 * once, reserving nothing: the queue stays short, and once the guesser stops it drains
 * within seconds, so the owner gets in again.</li>
 * </ul>
 * A success forgets the pair's failures, not the account's: an owner whose scripts sign
 * in every few seconds would otherwise keep resetting the slow-down for the guesser.
 */
@Component
class LoginThrottle {

	private static final Duration FIRST_DELAY = Duration.ofMillis(250);

	/** How many ceilings' worth of attempts may queue for one account. */
	static final int QUEUE_FACTOR = 2;

	private final AuthCounters counters;

	private final AppProperties.Login limits;

	LoginThrottle(AuthCounters counters, AppProperties properties) {
		this.counters = counters;
		this.limits = properties.login();
	}

	/**
	 * What to do before checking a password: refuse (for how long), or wait a while first
	 * (until this attempt's slot).
	 */
	record Verdict(Optional<Duration> refusedFor, Duration delay, boolean pairHasFailures) {

		/**
		 * Parks this (virtual) thread until the slot: a slowed account costs the service
		 * no platform thread. False if interrupted.
		 */
		boolean awaitSlot() {
			if (delay.isZero()) {
				return true;
			}
			try {
				Thread.sleep(delay.toMillis());
				return true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

	}

	/**
	 * Called once per attempt, before its password is checked: an attempt on a slowed
	 * account takes its slot here (or is refused).
	 */
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
		Duration delay = delayAfter(windows.get(keys.account).count());
		if (refusal == null && !delay.isZero()) {
			Duration slot = counters.reserve(keys.account, delay, limits.accountDelayMax().multipliedBy(QUEUE_FACTOR));
			if (slot.isNegative()) {
				refusal = slot.negated();
				delay = Duration.ZERO;
			}
			else {
				delay = slot;
			}
		}
		return new Verdict(Optional.ofNullable(refusal), delay, pair.count() > 0);
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
			String origin = ClientOrigin.of(address);
			this.pair = "pair:" + username + "|" + origin;
			this.address = "addr:" + origin;
			this.account = "acct:" + username;
		}

		List<String> all() {
			return List.of(pair, address, account);
		}

	}

}
