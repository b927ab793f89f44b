package com.designcoach.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.designcoach.config.AppProperties;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.web.ApiException;
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

	private final int dailyQuota;

	GradingService(GradingQueue queue, GradingSource source, Judge judge, JsonMapper json, AppProperties properties) {
		this.dailyQuota = properties.grading().dailyQuota();
		this.queue = queue;
		this.source = source;
		this.judge = judge;
		this.json = json;
	}

	/**
	 * Queues a grading in the caller's transaction: it exists exactly when the submit
	 * committed. LLM gradings count against the user's daily quota (UTC days); past it, 429.
	 */
	@Transactional
	public void enqueue(long interviewId, long userId) {
		if (JudgeInfo.LLM.equals(judge.info().kind())) {
			Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
			if (queue.llmGradingsSince(userId, today) >= dailyQuota) {
				throw ApiException.tooManyRequests("You have used today's " + dailyQuota
						+ " LLM gradings; the quota renews at midnight UTC. Your answers are kept.");
			}
		}
		queue.enqueue(interviewId, judge.info(), StepKeys.ALL.size());
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
			.map(g -> new Feedback.Attempt(g.attempt(), g.status().name(), Feedback.Judge.of(g), g.overallScore(), g.verdict(),
					g.requestedAt(), g.finishedAt()))
			.toList();
	}

	private Feedback graded(GradingQueue.GradingRow grading) {
		InterviewContext interview = source.context(grading.interviewId());
		Map<String, GradingQueue.StepRow> rows = queue.steps(grading.id())
			.stream()
			.collect(Collectors.toMap(GradingQueue.StepRow::stepKey, Function.identity()));
		List<Feedback.Step> steps = new ArrayList<>();
		for (Framework.Step step : interview.framework().steps()) {
			StepVerdict verdict = json.readValue(rows.get(step.key()).resultJson(), StepVerdict.class);
			steps.add(new Feedback.Step(step.key(), step.title(), verdict.score(), step.descriptor(verdict.score()),
					verdict.rationale(), verdict.evidence(), verdict.coveredKeyPoints(), verdict.missedKeyPoints(),
					verdict.suggestions(), interview.scenario().step(step.key()).referenceAnswer(),
					interview.answer(step.key()).followUpQuestion()));
		}
		return Feedback.graded(grading.attempt(), Feedback.Judge.of(grading), grading.overallScore(), grading.verdict(), steps,
				grading.flags(), grading.finishedAt());
	}

	/** Where a grading stands: the steps graded so far, in the order they were graded. */
	public record Progress(GradingStatus status, List<String> gradedSteps, int total) {

		public boolean finished() {
			return status.terminal();
		}

	}

}
