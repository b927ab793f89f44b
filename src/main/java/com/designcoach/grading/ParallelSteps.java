package com.designcoach.grading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.StepVerdict;

/**
 * Grades the steps of one interview in parallel, at most {@code concurrency} judge calls
 * at once, handing each verdict over as soon as it is ready (in the caller's thread, so
 * saving stays sequential). The first step that fails fails the grading and cancels the
 * rest. The threads are the service's shared ones; the limit is this instance's own. The
 * service has one instance ({@link JudgeCallsConfig}), shared by gradings and judge
 * reports, so the model server sees at most {@code concurrency} calls from both together;
 * their steps wait their turn in the order they came.
 */
public final class ParallelSteps {

	private final Executor calls;

	/**
	 * {@code threads} may be shared and unbounded; at most {@code concurrency} of them
	 * judge here.
	 */
	public ParallelSteps(Executor threads, int concurrency) {
		this.calls = new BoundedExecutor(threads, concurrency);
	}

	/**
	 * Receives each verdict; answers false to stop grading (the job is no longer ours).
	 */
	public interface Sink {

		boolean accept(String stepKey, StepVerdict verdict, Duration took);

	}

	/** Answers false when the sink stopped the grading. */
	public boolean grade(Judge judge, InterviewContext interview, List<String> stepKeys, Sink sink) {
		CompletionService<Graded> completion = new ExecutorCompletionService<>(calls);
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

	private record Graded(String stepKey, StepVerdict verdict, Duration took) {
	}

}
