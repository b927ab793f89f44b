package com.designcoach.judgereport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.designcoach.grading.ParallelSteps;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.StepVerdict;

/**
 * Grades the seven steps of one answer in parallel through the service's one
 * {@link ParallelSteps}, the bound candidates' gradings share: a running report and
 * gradings together keep at most {@code app.judge.concurrency} calls in flight. After
 * each step the heartbeat renews the report's lease; when it answers false the report is
 * someone else's and grading stops.
 */
final class StepGrader {

	private final ParallelSteps steps;

	StepGrader(ParallelSteps steps) {
		this.steps = steps;
	}

	Optional<Map<String, StepVerdict>> grade(Judge judge, InterviewContext interview, List<String> keys,
			BooleanSupplier heartbeat) {
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
