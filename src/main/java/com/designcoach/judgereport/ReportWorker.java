package com.designcoach.judgereport;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import com.designcoach.config.AppProperties;
import com.designcoach.grading.ParallelSteps;
import com.designcoach.grading.Scoring;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.OfflineJudge;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioDocument;
import com.designcoach.scenario.ScenarioService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME;

/**
 * Grades a report's answer variants with the judge it was started for (the active judge,
 * or the offline judge as the baseline, which every instance has), saving each variant's
 * sample as it is graded: after a crash the next claimant (once the lease runs out)
 * grades only what is missing. Uses the grading queue's poll interval, lease and claim
 * limit.
 */
@Component
class ReportWorker {

	private static final Logger log = LoggerFactory.getLogger(ReportWorker.class);

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/report/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final ReportStore store;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final Judge judge;

	private final OfflineJudge offline;

	private final AppProperties.Grading settings;

	private final StepGrader steps;

	private final AsyncTaskExecutor threads;

	/**
	 * Set while a drain runs, so that at most one does, as on the single thread it once
	 * had.
	 */
	private final AtomicBoolean busy = new AtomicBoolean();

	/** The drain in hand, to interrupt when the context closes. */
	private volatile Future<?> running;

	ReportWorker(ReportStore store, ScenarioService scenarios, RubricService rubric, Judge judge, OfflineJudge offline,
			AppProperties properties, @Qualifier(APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor threads,
			ParallelSteps judgeCalls) {
		this.store = store;
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.judge = judge;
		this.offline = offline;
		this.settings = properties.grading();
		this.threads = threads;
		this.steps = new StepGrader(judgeCalls);
	}

	/**
	 * Hands the draining to a thread of its own: a report takes minutes with a model, and
	 * would hold one of the few scheduler threads the other loops share all that time.
	 */
	@Scheduled(fixedDelayString = "${app.grading.poll-interval}")
	void poll() {
		if (busy.compareAndSet(false, true)) {
			try {
				running = threads.submit(() -> {
					try {
						drain();
					}
					finally {
						busy.set(false);
					}
				});
			}
			catch (RejectedExecutionException ex) {
				busy.set(false); // shutting down
			}
		}
	}

	void drain() {
		Optional<ReportStore.Job> job;
		while ((job = store.claim(instance, settings.lease(), judge.info(), offline.info())).isPresent()) {
			run(job.get());
		}
	}

	void run(ReportStore.Job job) {
		try {
			ReportStore.StoredReport report = store.find(job.id()).orElseThrow();
			if (grade(job, report)) {
				List<GradedSample> all = store.samples(job.id());
				store.finish(job, instance, "DONE", ReportMetrics.of(ReportMetrics.rows(all, rubric.framework()), all),
						null);
			}
			else {
				log.info("Judge report {} was taken over by another instance", job.id());
			}
		}
		catch (JudgeException ex) {
			log.warn("Judge report {} failed: {}", job.id(), ex.getMessage());
			store.finish(job, instance, "FAILED", null, "The judge could not grade: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Judge report {} broke on try {}", job.id(), job.claims(), ex);
			if (job.claims() >= settings.maxClaims()) {
				store.finish(job, instance, "FAILED", null,
						"The report failed after " + job.claims() + " tries because of an internal error.");
			}
			else {
				store.release(job, instance);
			}
		}
	}

	/** Grades every sample not saved yet; false when the report stopped being ours. */
	private boolean grade(ReportStore.Job job, ReportStore.StoredReport report) {
		Framework framework = rubric.framework();
		Judge grader = report.judge().equals(judge.info()) ? judge : offline;
		List<String> keys = framework.steps().stream().map(Framework.Step::key).toList();
		Set<String> saved = store.samples(job.id())
			.stream()
			.map(s -> key(s.scenario(), s.variant(), s.sample()))
			.collect(Collectors.toSet());
		for (ReportPlan plan : report.plan()) {
			ScenarioDocument scenario = scenarios.version(plan.versionId()).document();
			ScenarioDocument offTopic = scenarios.version(plan.offTopicVersionId()).document();
			Map<Variant, Map<String, String>> answers = Answers.of(scenario, offTopic, keys);
			for (Variant variant : Variant.values()) {
				InterviewContext interview = interview(scenario, framework, answers.get(variant));
				for (int sample = 1; sample <= report.samples(); sample++) {
					if (saved.contains(key(plan.slug(), variant, sample))) {
						continue;
					}
					Optional<Map<String, StepVerdict>> verdicts = steps.grade(grader, interview, keys,
							() -> store.renew(job, instance, settings.lease()));
					if (verdicts.isEmpty() || !store.save(job, instance, settings.lease(),
							sample(plan.slug(), variant, sample, verdicts.get(), framework))) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static GradedSample sample(String scenario, Variant variant, int sample, Map<String, StepVerdict> verdicts,
			Framework framework) {
		Map<String, GradedSample.Step> steps = new LinkedHashMap<>();
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Framework.Step step : framework.steps()) {
			StepVerdict verdict = verdicts.get(step.key());
			StepVerdict.Usage usage = verdict.usage();
			int dropped = usage == null ? 0 : usage.droppedQuotes();
			// kept and dropped on one basis: every quote of every sample the judge took
			// (a
			// judge that reports no count, as the offline one, quotes only what it found)
			int kept = usage == null || usage.quotes() == null ? verdict.evidence().size() : usage.quotes() - dropped;
			steps.put(step.key(), new GradedSample.Step(verdict.score(), verdict.flags().stream().sorted().toList(),
					kept, dropped, usage == null || usage.sampleScores() == null ? List.of() : usage.sampleScores()));
			scores.put(step.key(), verdict.score());
		}
		return new GradedSample(scenario, variant, sample, Scoring.of(scores, framework).overallScore(), steps);
	}

	private static InterviewContext interview(ScenarioDocument scenario, Framework framework,
			Map<String, String> answers) {
		Map<String, InterviewContext.StepAnswer> steps = new LinkedHashMap<>();
		answers.forEach((key, text) -> steps.put(key, new InterviewContext.StepAnswer(text, null, null)));
		return new InterviewContext(scenario, framework, steps);
	}

	private static String key(String scenario, Variant variant, int sample) {
		return scenario + "\n" + variant + "\n" + sample;
	}

	@PreDestroy
	void stop() {
		Future<?> drain = running;
		if (drain != null) {
			drain.cancel(true); // its step calls are cancelled with it
		}
	}

}
