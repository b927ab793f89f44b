package com.designcoach.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for an account or an address; the caller may retry after a
 * while.
 */
public class TooManyAttemptsException extends AuthenticationException {

	private final Duration retryAfter;

	/** The wait is rounded up to whole seconds, at least one ({@code Retry-After}). */
	public TooManyAttemptsException(Duration retryAfter) {
		super("Too many failed sign-in attempts; try again in " + (retryAfter.toMinutes() >= 1
				? retryAfter.toMinutes() + " minutes" : Math.max(1, seconds(retryAfter)) + " seconds"));
		this.retryAfter = Duration.ofSeconds(Math.max(1, seconds(retryAfter)));
	}

	private static long seconds(Duration wait) {
		return wait.plusMillis(999).toSeconds();
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
