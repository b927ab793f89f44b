package com.designcoach.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.Judge;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.StepKeys;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues gradings and reads their progress and outcome. */
@Service
public class GradingService {

	private final GradingQueue queue;

	private final GradingSource source;

	private final Judge judge;

	private final JsonMapper json;

	private final ModelQuota quota;

	GradingService(GradingQueue queue, GradingSource source, Judge judge, JsonMapper json, ModelQuota quota) {
		this.quota = quota;
		this.queue = queue;
		this.source = source;
		this.judge = judge;
		this.json = json;
	}

	/**
	 * Queues a grading in the caller's transaction: it exists exactly when the submit
	 * committed. LLM gradings are taken from the user's daily allowance in the same
	 * transaction ({@link ModelQuota}); past it, 429 and nothing is queued.
	 */
	@Transactional
	public void enqueue(long interviewId, long userId) {
		enqueue(interviewId, userId, StepKeys.ALL.size());
	}

	/** Queues a grading of {@code steps} steps (fewer than seven for a drill). */
	@Transactional
	public void enqueue(long interviewId, long userId, int steps) {
		if (JudgeInfo.LLM.equals(judge.info().kind())) {
			quota.takeGrading(userId);
		}
		queue.enqueue(interviewId, judge.info(), steps);
	}

	@Transactional(readOnly = true)
	public Progress progress(long interviewId) {
		GradingQueue.GradingRow grading = queue.latest(interviewId)
			.orElseThrow(() -> new IllegalStateException("Interview " + interviewId + " has no grading"));
		List<String> steps = queue.steps(grading.id()).stream().map(GradingQueue.StepRow::stepKey).toList();
		return new Progress(grading.status(), steps, grading.stepsTotal());
	}

	@Transactional(readOnly = true)
	public Feedback feedback(long interviewId) {
		GradingQueue.GradingRow grading = queue.latest(interviewId)
			.orElseThrow(() -> new IllegalStateException("Interview " + interviewId + " has no grading"));
		return switch (grading.status()) {
			case QUEUED, RUNNING -> Feedback.grading(grading.attempt(), Feedback.Judge.of(grading),
					new Feedback.Progress(queue.steps(grading.id()).size(), grading.stepsTotal()));
			case FAILED -> Feedback.failed(grading.attempt(), Feedback.Judge.of(grading), grading.reason());
			case GRADED -> graded(grading);
		};
	}

	@Transactional(readOnly = true)
	public List<Feedback.Attempt> history(long interviewId) {
		return queue.all(interviewId)
			.stream()
			.map(g -> new Feedback.Attempt(g.attempt(), g.status().name(), Feedback.Judge.of(g), g.overallScore(),
					g.verdict(), g.requestedAt(), g.finishedAt()))
			.toList();
	}

	private Feedback graded(GradingQueue.GradingRow grading) {
		InterviewContext interview = source.context(grading.interviewId());
		Map<String, GradingQueue.StepRow> rows = queue.steps(grading.id())
			.stream()
			.collect(Collectors.toMap(GradingQueue.StepRow::stepKey, Function.identity()));
		List<Feedback.Step> steps = new ArrayList<>();
		for (Framework.Step step : interview.gradedSteps()) {
			StepVerdict verdict = json.readValue(rows.get(step.key()).resultJson(), StepVerdict.class);
			steps.add(new Feedback.Step(step.key(), step.title(), verdict.score(), step.descriptor(verdict.score()),
					verdict.rationale(), verdict.evidence(), verdict.coveredKeyPoints(), verdict.missedKeyPoints(),
					verdict.suggestions(), interview.scenario().step(step.key()).referenceAnswer(),
					interview.answer(step.key()).followUpQuestion(),
					interview.scenario().step(step.key()).referenceDiagram()));
		}
		return Feedback.graded(grading.attempt(), Feedback.Judge.of(grading), grading.overallScore(), grading.verdict(),
				steps, grading.flags(), grading.finishedAt(), interview.scenario().factList());
	}

	/** Where a grading stands: the steps graded so far, in the order they were graded. */
	public record Progress(GradingStatus status, List<String> gradedSteps, int total) {

		public boolean finished() {
			return status.terminal();
		}

	}

}
