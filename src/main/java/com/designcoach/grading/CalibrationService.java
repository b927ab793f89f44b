package com.designcoach.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioDocument;
import com.designcoach.scenario.ScenarioService;

import org.springframework.stereotype.Service;

/**
 * Grades a scenario's own reference answers with the active judge. A step whose reference
 * scores below 4, or covers less than 80% of its key points, has key points and a
 * reference that disagree: the admin is told which, and which key points the reference
 * misses.
 */
@Service
class CalibrationService {

	static final int MIN_SCORE = 4;

	static final double MIN_COVERAGE = 0.8;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final Judge judge;

	CalibrationService(ScenarioService scenarios, RubricService rubric, Judge judge) {
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.judge = judge;
	}

	public Calibration calibrate(String idOrSlug) {
		ScenarioDocument scenario = scenarios.document(idOrSlug);
		Map<String, InterviewContext.StepAnswer> answers = new LinkedHashMap<>();
		scenario.steps()
			.forEach((key, step) -> answers.put(key,
					new InterviewContext.StepAnswer(step.referenceAnswer(), null, null)));
		InterviewContext interview = new InterviewContext(scenario, rubric.framework(), answers);
		List<Calibration.Step> steps = new ArrayList<>();
		for (Framework.Step step : interview.framework().steps()) {
			StepVerdict verdict = judge.gradeStep(interview, step.key());
			int keyPoints = scenario.step(step.key()).keyPoints().size();
			double coverage = (double) verdict.coveredKeyPoints().size() / Math.max(1, keyPoints);
			steps.add(new Calibration.Step(step.key(), verdict.score(), verdict.coveredKeyPoints().size(), keyPoints,
					verdict.score() >= MIN_SCORE && coverage >= MIN_COVERAGE, verdict.missedKeyPoints()));
		}
		return new Calibration(scenario.slug(), judge.info(), steps.stream().allMatch(Calibration.Step::consistent),
				steps);
	}

}
