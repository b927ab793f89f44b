package com.designcoach.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.StepVerdict;

/**
 * Grades the steps of one interview in parallel, at most {@code concurrency} judge calls at
 * once, handing each verdict over as soon as it is ready (in the caller's thread, so saving
 * stays sequential). The first step that fails fails the grading and cancels the rest.
 */
public final class ParallelSteps implements AutoCloseable {

	private final ExecutorService pool;

	ParallelSteps(int concurrency) {
		this(concurrency, "grading-step-");
	}

	/** A pool of its own, its threads named {@code threadPrefix} and a number. */
	public ParallelSteps(int concurrency, String threadPrefix) {
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread thread = new Thread(runnable, threadPrefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Receives each verdict; answers false to stop grading (the job is no longer ours). */
	public interface Sink {

		boolean accept(String stepKey, StepVerdict verdict, Duration took);

	}

	/** Answers false when the sink stopped the grading. */
	public boolean grade(Judge judge, InterviewContext interview, List<String> stepKeys, Sink sink) {
		CompletionService<Graded> completion = new ExecutorCompletionService<>(pool);
		List<Future<Graded>> running = new ArrayList<>();
		try {
			for (String key : stepKeys) {
				running.add(completion.submit(() -> {
					long started = System.nanoTime();
					StepVerdict verdict = judge.gradeStep(interview, key);
					return new Graded(key, verdict, Duration.ofNanos(System.nanoTime() - started));
				}));
			}
			for (int i = 0; i < running.size(); i++) {
				Graded graded = take(completion);
				if (!sink.accept(graded.stepKey(), graded.verdict(), graded.took())) {
					return false;
				}
			}
			return true;
		}
		finally {
			running.forEach(future -> future.cancel(true));
		}
	}

	private static Graded take(CompletionService<Graded> completion) {
		try {
			return completion.take().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new JudgeException("Grading was interrupted", ex);
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

	private record Graded(String stepKey, StepVerdict verdict, Duration took) {
	}

}
