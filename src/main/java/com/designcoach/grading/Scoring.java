package com.designcoach.grading;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import com.designcoach.rubric.Framework;
import com.designcoach.rubric.Verdict;

/**
 * The overall score and verdict, computed here from the step scores and the rubric's
 * weights and never taken from a judge: the weighted mean of the 1-5 step scores, mapped
 * linearly so that all 1s make 0 and all 5s make 100, rounded to an integer.
 */
public final class Scoring {

	private Scoring() {
	}

	public static Result of(Map<String, Integer> stepScores, Framework framework) {
		return over(stepScores, framework, framework.steps().stream().map(Framework.Step::key).toList());
	}

	/**
	 * The same over some of the steps (a drill): their weighted mean, and the cap for a
	 * step scored 1 among them. Steps outside the subset are not read.
	 */
	public static Result over(Map<String, Integer> stepScores, Framework framework, Collection<String> stepKeys) {
		if (stepKeys.isEmpty()) {
			throw new IllegalArgumentException("No steps to score");
		}
		BigDecimal totalWeight = BigDecimal.ZERO;
		double weighted = 0;
		boolean anyMissed = false;
		for (Framework.Step step : framework.steps()) {
			if (!stepKeys.contains(step.key())) {
				continue;
			}
			Integer score = stepScores.get(step.key());
			if (score == null) {
				throw new IllegalArgumentException("No score for step " + step.key());
			}
			weighted += step.weight().doubleValue() * score;
			totalWeight = totalWeight.add(step.weight());
			anyMissed |= score == 1;
		}
		double mean = weighted / totalWeight.doubleValue();
		int overall = (int) Math.round((mean - 1) / 4 * 100);
		return new Result(overall, Verdict.of(overall, anyMissed));
	}

	public record Result(int overallScore, Verdict verdict) {
	}

}
