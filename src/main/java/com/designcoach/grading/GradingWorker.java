package com.designcoach.grading;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

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

	/** Runs the steps of one grading in parallel, at most {@code app.judge.concurrency} at once. */
	private final ExecutorService steps;

	GradingWorker(GradingQueue queue, GradingSource source, Judge judge, JsonMapper json, AppProperties properties) {
		this.queue = queue;
		this.source = source;
		this.judge = judge;
		this.json = json;
		this.settings = properties.grading();
		AtomicInteger count = new AtomicInteger();
		this.steps = Executors.newFixedThreadPool(properties.judge().concurrency(), runnable -> {
			Thread thread = new Thread(runnable, "grading-step-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${app.grading.poll-interval}")
	void drain() {
		Optional<GradingQueue.Job> job;
		while ((job = queue.claim(instance, settings.lease())).isPresent()) {
			grade(job.get());
		}
	}

	void grade(GradingQueue.Job job) {
		List<Future<Graded>> running = new ArrayList<>();
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
			CompletionService<Graded> completion = new ExecutorCompletionService<>(steps);
			for (Framework.Step step : framework.steps()) {
				if (!scores.containsKey(step.key())) {
					running.add(completion.submit(() -> new Graded(step.key(), judge.gradeStep(interview, step.key()))));
				}
			}
			for (int i = 0; i < running.size(); i++) {
				Graded graded = take(completion);
				if (!queue.saveStep(job, instance, settings.lease(), graded.stepKey(), graded.verdict().score(),
						json.writeValueAsString(graded.verdict()))) {
					log.info("Grading {} was taken over by another instance", job.id());
					running.forEach(future -> future.cancel(true));
					return;
				}
				scores.put(graded.stepKey(), graded.verdict().score());
				flags.addAll(graded.verdict().flags());
				totals.add(graded.verdict().usage());
			}
			Scoring.Result result = Scoring.of(scores, framework);
			if (queue.finish(job, instance, GradingStatus.GRADED, result.overallScore(), result.verdict(),
					List.copyOf(flags), null, totals)) {
				source.finished(job.interviewId(), GradingStatus.GRADED, result.overallScore(), result.verdict());
			}
		}
		catch (JudgeException ex) {
			running.forEach(future -> future.cancel(true));
			log.warn("Grading {} failed: {}", job.id(), ex.getMessage());
			fail(job, ex.getMessage());
		}
		catch (RuntimeException ex) {
			running.forEach(future -> future.cancel(true));
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

	/** The next finished step; a step that failed fails the grading with its own reason. */
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

	@PreDestroy
	void stop() {
		steps.shutdownNow();
	}

	private record Graded(String stepKey, StepVerdict verdict) {
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
