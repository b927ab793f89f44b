package com.designcoach.grading;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.designcoach.config.AppProperties;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes grading jobs from the queue and grades them step by step, saving each step as it
 * is done: an instance that dies mid-grading loses at most the step in hand, and whoever
 * claims the job next carries on from the steps already saved.
 */
@Component
class GradingWorker {

	private static final Logger log = LoggerFactory.getLogger(GradingWorker.class);

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final GradingQueue queue;

	private final GradingSource source;

	private final Judge judge;

	private final JsonMapper json;

	private final AppProperties.Grading settings;

	private final ParallelSteps steps;

	private final GradingMetrics metrics;

	GradingWorker(GradingQueue queue, GradingSource source, Judge judge, JsonMapper json, AppProperties properties,
			GradingMetrics metrics, ParallelSteps steps) {
		this.metrics = metrics;
		this.queue = queue;
		this.source = source;
		this.judge = judge;
		this.json = json;
		this.settings = properties.grading();
		this.steps = steps;
	}

	@Scheduled(fixedDelayString = "${app.grading.poll-interval}")
	void drain() {
		Optional<GradingQueue.Job> job;
		while ((job = queue.claim(instance, settings.lease())).isPresent()) {
			grade(job.get());
		}
	}

	void grade(GradingQueue.Job job) {
		long started = System.nanoTime();
		String kind = judge.info().kind();
		try {
			InterviewContext interview = source.context(job.interviewId());
			Framework framework = interview.framework();
			Map<String, Integer> scores = new LinkedHashMap<>();
			Set<String> flags = new LinkedHashSet<>();
			Totals totals = new Totals();
			for (GradingQueue.StepRow saved : queue.steps(job.id())) {
				StepVerdict verdict = json.readValue(saved.resultJson(), StepVerdict.class);
				scores.put(saved.stepKey(), saved.score());
				flags.addAll(verdict.flags());
				totals.add(verdict.usage());
			}
			List<String> remaining = interview.gradedSteps()
				.stream()
				.map(Framework.Step::key)
				.filter(key -> !scores.containsKey(key))
				.toList();
			boolean kept = steps.grade(judge, interview, remaining, (stepKey, verdict, took) -> {
				metrics.step(kind, stepKey, took);
				if (!queue.saveStep(job, instance, settings.lease(), stepKey, verdict.score(),
						json.writeValueAsString(verdict))) {
					return false;
				}
				scores.put(stepKey, verdict.score());
				flags.addAll(verdict.flags());
				totals.add(verdict.usage());
				return true;
			});
			if (!kept) {
				log.info("Grading {} was taken over by another instance", job.id());
				return;
			}
			Scoring.Result result = Scoring.over(scores, framework, interview.steps());
			metrics.graded(kind, "graded", Duration.ofNanos(System.nanoTime() - started));
			metrics.tokens(kind, totals.inputTokens, totals.outputTokens);
			if (queue.finish(job, instance, GradingStatus.GRADED, result.overallScore(), result.verdict(),
					List.copyOf(flags), null, totals)) {
				source.finished(job.interviewId(), GradingStatus.GRADED, result.overallScore(), result.verdict());
			}
		}
		catch (JudgeException ex) {
			log.warn("Grading {} failed: {}", job.id(), ex.getMessage());
			metrics.graded(kind, "failed", Duration.ofNanos(System.nanoTime() - started));
			fail(job, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Grading {} broke on try {}", job.id(), job.claims(), ex);
			if (job.claims() >= settings.maxClaims()) {
				fail(job, "Grading failed after " + job.claims() + " tries because of an internal error. "
						+ "Your answers are kept; try regrading later.");
			}
			else {
				queue.release(job, instance);
			}
		}
	}

	/** What the judge spent on a grading, over all its steps. */
	static final class Totals {

		long inputTokens;

		long outputTokens;

		long latencyMillis;

		int droppedQuotes;

		void add(StepVerdict.Usage usage) {
			if (usage != null) {
				inputTokens += usage.inputTokens();
				outputTokens += usage.outputTokens();
				latencyMillis += usage.latencyMillis();
				droppedQuotes += usage.droppedQuotes();
			}
		}

	}

	private void fail(GradingQueue.Job job, String reason) {
		if (queue.finish(job, instance, GradingStatus.FAILED, null, null, List.of(), reason, new Totals())) {
			source.finished(job.interviewId(), GradingStatus.FAILED, null, null);
		}
	}

}
