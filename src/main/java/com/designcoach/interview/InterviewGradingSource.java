package com.designcoach.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.grading.GradingSource;
import com.designcoach.grading.GradingStatus;
import com.designcoach.judge.InterviewContext;
import com.designcoach.rubric.RubricService;
import com.designcoach.rubric.Verdict;
import com.designcoach.scenario.ScenarioService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lends grading an interview's scenario version and answers, and records the outcome. */
@Component
class InterviewGradingSource implements GradingSource {

	private final InterviewRepository interviews;

	private final InterviewAnswerRepository answers;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final InterviewPages pages;

	/** The step whose grading reads the candidate's questions to the interviewer. */
	private static final String CLARIFYING = "clarifying-requirements";

	InterviewGradingSource(InterviewRepository interviews, InterviewAnswerRepository answers, ScenarioService scenarios,
			RubricService rubric, InterviewPages pages) {
		this.pages = pages;
		this.interviews = interviews;
		this.answers = answers;
		this.scenarios = scenarios;
		this.rubric = rubric;
	}

	@Override
	@Transactional(readOnly = true)
	public InterviewContext context(long interviewId) {
		Interview interview = interviews.findById(interviewId)
			.orElseThrow(() -> new IllegalStateException("Interview " + interviewId + " is gone"));
		Map<String, InterviewContext.StepAnswer> steps = new LinkedHashMap<>();
		for (InterviewAnswer answer : answers.findAllByInterviewIdOrderByStepOrderAsc(interviewId)) {
			steps.put(answer.stepKey(), new InterviewContext.StepAnswer(answer.text(), answer.followUpQuestion(),
					answer.followUpReply(), CLARIFYING.equals(answer.stepKey()) ? questions(interviewId) : List.of()));
		}
		// A drill has rows for its steps only, so the rows are the steps to grade.
		return new InterviewContext(scenarios.version(interview.scenarioVersionId()).document(), rubric.framework(),
				steps, List.copyOf(steps.keySet()));
	}

	private List<String> questions(long interviewId) {
		return pages.questions(interviewId).stream().map(AskedQuestion::question).toList();
	}

	@Override
	@Transactional
	public void finished(long interviewId, GradingStatus status, Integer overallScore, Verdict verdict) {
		interviews.recordOutcome(interviewId, status.name(), overallScore, verdict == null ? null : verdict.name());
	}

}
