package com.designcoach.account;

import java.time.Duration;
import java.util.List;

import com.designcoach.config.AppProperties;
import com.designcoach.web.RateLimitedException;

import org.springframework.stereotype.Component;

/**
 * Registrations per address in a fixed window. Every well-formed attempt counts, taken
 * names included, so the endpoint is neither an account factory (which would defeat every
 * per-user limit) nor a free oracle for which names exist.
 */
@Component
class RegistrationThrottle {

	private final AuthCounters counters;

	private final AppProperties.Registration limits;

	RegistrationThrottle(AuthCounters counters, AppProperties properties) {
		this.counters = counters;
		this.limits = properties.registration();
	}

	void admit(String address) {
		String origin = ClientOrigin.of(address);
		String key = "reg:" + origin;
		AuthCounters.Window window = counters.increment(List.of(key), limits.window()).get(key);
		if (window.count() > limits.perAddress()) {
			Duration wait = window.remaining(limits.window(), counters.now());
			throw RateLimitedException.after(wait, "Too many registrations from this address; try again in "
					+ Math.max(1, wait.toMinutes()) + " minutes");
		}
	}

}
