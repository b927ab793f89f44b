package com.designcoach.practice;

import java.time.Instant;

import com.designcoach.MutableClock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock, moved by the tests that import this (they share one application
 * context). Midday, so that moving whole days never crosses a UTC day twice; years ahead,
 * so that nothing another test practised counts as recent. Deliberately not annotated:
 * only an {@code @Import} brings it in, so the service that {@code ServiceProcess} starts
 * from the test classpath never finds it by scanning.
 */
public class MovableClockConfiguration {

	public static final MutableClock CLOCK = new MutableClock(Instant.parse("2031-03-10T12:00:00Z"));

	@Bean
	@Primary
	MutableClock movableClock() {
		return CLOCK;
	}

}
