package com.designcoach.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * One scheduler for the service's loops, {@code @Scheduled} methods and {@code TaskScheduler}
 * schedules alike. It is shut down with the context, interrupting what still runs, so a test
 * that stops a context leaves no loop behind.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

	/**
	 * Spring's default scheduler has one thread, and the grading worker holds it for as long
	 * as a grading takes. The other loops (event ticks, revocation polls, purges) are short,
	 * and at most one run of each is in flight, so four threads keep them on time even while
	 * the grading worker and the event tick are both slow.
	 */
	static final int SCHEDULER_THREADS = 4;

	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(SCHEDULER_THREADS);
		scheduler.setThreadNamePrefix("scheduler-");
		// A loop stuck on the network must not keep the JVM alive once the context is closed.
		scheduler.setDaemon(true);
		return scheduler;
	}

}
