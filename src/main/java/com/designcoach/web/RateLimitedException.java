package com.designcoach.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/** A 429 that tells the caller when to come back ({@code Retry-After}). */
public class RateLimitedException extends ApiException {

	private final Duration retryAfter;

	private RateLimitedException(Duration retryAfter, String detail) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of());
		this.retryAfter = retryAfter;
	}

	public static RateLimitedException after(Duration retryAfter, String detail) {
		return new RateLimitedException(retryAfter, detail);
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
