package com.designcoach.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for an account or an address; the caller may retry after a
 * while.
 */
public class TooManyAttemptsException extends AuthenticationException {

	private final Duration retryAfter;

	public TooManyAttemptsException(Duration retryAfter) {
		super("Too many failed sign-in attempts; try again in " + Math.max(1, retryAfter.toMinutes()) + " minutes");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
