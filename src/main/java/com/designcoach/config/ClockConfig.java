package com.designcoach.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time interviews start and are submitted and the practice plan is reckoned against.
 * A bean so that tests can move it (a {@code @Primary} clock of their own).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
