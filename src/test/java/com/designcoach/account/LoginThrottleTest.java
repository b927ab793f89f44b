package com.designcoach.account;

import java.time.Duration;
import java.time.Instant;

import com.designcoach.config.AppProperties;
import com.designcoach.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(
			new AppProperties.Login(3, 5, Duration.ofMinutes(15)), clock);

	@Test
	void blocksAnAccountAfterItsLimitOfFailures() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.recordFailure("alice", "10.0.0." + i)).isEmpty();
		}
		assertThat(throttle.recordFailure("alice", "10.0.0.9")).hasValueSatisfying(
				wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
		assertThat(throttle.recordFailure("bob", "10.0.0.10")).isEmpty();
	}

	@Test
	void blocksAnAddressThatTriesManyAccounts() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.recordFailure("user" + i, "10.1.1.1")).isEmpty();
		}
		assertThat(throttle.recordFailure("user9", "10.1.1.1")).isPresent();
	}

	@Test
	void forgetsFailuresWhenTheWindowEnds() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("carol", "10.2.2.2");
		}
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.recordFailure("carol", "10.2.2.2")).isEmpty();
	}

}
