package com.designcoach.config;

import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The service's background threads, all of them: one scheduler for the loops
 * ({@code @Scheduled} methods and {@code TaskScheduler} schedules) and one executor for
 * the work they hand off (report runs, judge calls). Both are closed with the context,
 * interrupting what still runs, so a test that stops a context leaves no thread behind.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

	/**
	 * Spring's default scheduler has one thread, and the grading worker holds it for as
	 * long as a grading takes. The other loops (event ticks, revocation polls, purges)
	 * are short, and at most one run of each is in flight, so four threads keep them on
	 * time even while the grading worker and the event tick are both slow.
	 */
	static final int SCHEDULER_THREADS = 4;

	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(SCHEDULER_THREADS);
		scheduler.setThreadNamePrefix("scheduler-");
		// A loop stuck on the network must not keep the JVM alive once the context is
		// closed.
		scheduler.setDaemon(true);
		return scheduler;
	}

	/**
	 * Unbounded on purpose: each user bounds its own work (ParallelSteps takes at most
	 * {@code app.judge.concurrency} judge calls at once), so this pool never queues a
	 * judge call behind another feature's. Under the name Spring MVC looks for, so it
	 * also serves asynchronous requests instead of a second executor.
	 */
	@Bean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)
	SimpleAsyncTaskExecutor applicationTaskExecutor(Environment environment) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("worker-");
		executor.setVirtualThreads(Threading.VIRTUAL.isActive(environment));
		executor.setDaemon(true);
		executor.setCancelRemainingTasksOnClose(true);
		return executor;
	}

}
