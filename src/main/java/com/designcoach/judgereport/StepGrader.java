package com.designcoach.judgereport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.StepVerdict;

/**
 * Grades the seven steps of one answer in parallel, at most {@code concurrency} judge calls
 * at once (the setting gradings use, so a report loads the model server no more than one
 * grading does). After each step the heartbeat renews the report's lease; when it answers
 * false the report is someone else's and grading stops.
 */
final class StepGrader implements AutoCloseable {

	private final Judge judge;

	private final ExecutorService pool;

	StepGrader(Judge judge, int concurrency) {
		this.judge = judge;
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread thread = new Thread(runnable, "judge-report-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	Optional<Map<String, StepVerdict>> grade(InterviewContext interview, List<String> keys, BooleanSupplier heartbeat) {
		CompletionService<Map.Entry<String, StepVerdict>> completion = new ExecutorCompletionService<>(pool);
		List<Future<Map.Entry<String, StepVerdict>>> running = new ArrayList<>();
		try {
			for (String key : keys) {
				running.add(completion.submit(() -> Map.entry(key, judge.gradeStep(interview, key))));
			}
			Map<String, StepVerdict> verdicts = new HashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				Map.Entry<String, StepVerdict> graded = take(completion);
				if (!heartbeat.getAsBoolean()) {
					return Optional.empty();
				}
				verdicts.put(graded.getKey(), graded.getValue());
			}
			return Optional.of(verdicts);
		}
		finally {
			running.forEach(future -> future.cancel(true));
		}
	}

	private static <T> T take(CompletionService<T> completion) {
		try {
			return completion.take().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new JudgeException("The report was interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

}
