package com.designcoach.grading;

import java.util.concurrent.Executor;

import com.designcoach.config.AppProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME;

/**
 * The one bound on judge calls: candidates' gradings and judge reports grade through the
 * same {@link ParallelSteps}, so together they keep at most {@code app.judge.concurrency}
 * calls in flight to the model server, not that many each.
 */
@Configuration(proxyBeanMethods = false)
class JudgeCallsConfig {

	@Bean
	ParallelSteps judgeCalls(@Qualifier(APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor threads,
			AppProperties properties) {
		return new ParallelSteps(threads, properties.judge().concurrency());
	}

}
