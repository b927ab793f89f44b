package com.designcoach.judgereport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import com.designcoach.grading.ParallelSteps;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.StepVerdict;

/**
 * Grades the seven steps of one answer in parallel, at most {@code concurrency} judge
 * calls at once (the setting gradings use, so a report loads the model server no more
 * than one grading does), a limit of its own on the service's shared threads. After each
 * step the heartbeat renews the report's lease; when it answers false the report is
 * someone else's and grading stops.
 */
final class StepGrader {

	private final Judge judge;

	private final ParallelSteps steps;

	StepGrader(Judge judge, Executor threads, int concurrency) {
		this.judge = judge;
		this.steps = new ParallelSteps(threads, concurrency);
	}

	Optional<Map<String, StepVerdict>> grade(InterviewContext interview, List<String> keys, BooleanSupplier heartbeat) {
		Map<String, StepVerdict> verdicts = new HashMap<>();
		boolean finished = steps.grade(judge, interview, keys, (key, verdict, took) -> {
			if (!heartbeat.getAsBoolean()) {
				return false;
			}
			verdicts.put(key, verdict);
			return true;
		});
		return finished ? Optional.of(verdicts) : Optional.empty();
	}

}
