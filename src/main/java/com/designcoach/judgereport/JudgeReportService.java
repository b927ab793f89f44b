package com.designcoach.judgereport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.OfflineJudge;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.scenario.ScenarioSnapshot;
import com.designcoach.scenario.ScenarioSummary;
import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Starts judge report cards and reads them. Starting one only checks the request, fixes
 * the plan and the judge (the active one, or the offline baseline when asked for) and
 * inserts the job; {@link ReportWorker} grades it in the background.
 */
@Service
class JudgeReportService {

	static final int MAX_SAMPLES = 5;

	static final int MAX_SCENARIOS = 10;

	static final int LISTED = 100;

	/** The one judge a report may ask for by name, whichever judge is active. */
	static final String OFFLINE = "offline";

	private final ReportStore store;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final Judge judge;

	private final OfflineJudge offline;

	JudgeReportService(ReportStore store, ScenarioService scenarios, RubricService rubric, Judge judge,
			OfflineJudge offline) {
		this.store = store;
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.judge = judge;
		this.offline = offline;
	}

	public ReportStarted start(ReportRequest request, String actor) {
		ReportRequest asked = request == null ? new ReportRequest(null, null, null) : request;
		int samples = asked.samples() == null ? 1 : asked.samples();
		List<FieldError> errors = new ArrayList<>();
		JudgeInfo grader = judge.info();
		if (OFFLINE.equals(asked.judge())) {
			grader = offline.info();
		}
		else if (asked.judge() != null) {
			errors.add(new FieldError("judge",
					"must be \"" + OFFLINE + "\" (the baseline), or left out for the active judge"));
		}
		if (samples < 1 || samples > MAX_SAMPLES) {
			errors.add(new FieldError("samples", "must be 1 to " + MAX_SAMPLES));
		}
		List<ScenarioSummary> open = scenarios.list(null, null, null);
		List<ScenarioSummary> chosen = asked.scenarios() == null || asked.scenarios().isEmpty()
				? ScenarioChoice.defaults(open) : resolve(asked.scenarios(), errors);
		List<ReportPlan> plan = new ArrayList<>();
		for (ScenarioSummary scenario : chosen) {
			ScenarioSummary offTopic = ScenarioChoice.offTopicFor(scenario, open).orElse(null);
			if (offTopic == null) {
				errors
					.add(new FieldError("scenarios", "the off-topic answer needs an open scenario of a category other "
							+ "than " + scenario.category()));
				break;
			}
			plan.add(new ReportPlan(scenario.slug(), scenario.title(), scenario.category(),
					scenarios.current(scenario.slug()).versionId(), offTopic.slug(),
					scenarios.current(offTopic.slug()).versionId()));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		if (plan.isEmpty()) {
			throw ApiException.invalid("scenarios", "there is no open scenario to grade");
		}
		store.abandonOtherJudges(judge.info(), offline.info());
		long id = store.insert(grader, plan, samples, actor)
			.orElseThrow(() -> ApiException.conflict("A judge report is already running (report "
					+ store.running().map(String::valueOf).orElse("just started")
					+ "); start another when it has finished."));
		return new ReportStarted(id);
	}

	public JudgeReport report(String id) {
		ReportStore.StoredReport stored = parse(id).flatMap(store::find)
			.orElseThrow(() -> ApiException.notFound("Judge report", id));
		Framework framework = rubric.framework();
		return view(stored, ReportMetrics.rows(store.samples(stored.id()), framework));
	}

	public List<JudgeReport> list() {
		return store.newestFirst(LISTED).stream().map(r -> view(r, null)).toList();
	}

	private List<ScenarioSummary> resolve(List<String> asked, List<FieldError> errors) {
		if (asked.size() > MAX_SCENARIOS) {
			errors.add(new FieldError("scenarios", "at most " + MAX_SCENARIOS + " scenarios"));
			return List.of();
		}
		Set<Long> seen = new LinkedHashSet<>();
		List<ScenarioSummary> resolved = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			String field = "scenarios[" + i + "]";
			String idOrSlug = asked.get(i) == null ? "" : asked.get(i).strip();
			if (idOrSlug.isEmpty() || idOrSlug.length() > 80) {
				errors.add(new FieldError(field, "must be the id or slug of an open scenario"));
				continue;
			}
			try {
				ScenarioSnapshot snapshot = scenarios.current(idOrSlug);
				if (!seen.add(snapshot.scenarioId())) {
					errors.add(new FieldError(field, "is listed twice"));
					continue;
				}
				ScenarioSummary summary = scenarios.list(null, null, null)
					.stream()
					.filter(s -> s.id() == snapshot.scenarioId())
					.findFirst()
					.orElseThrow(() -> ApiException.notFound("Scenario", idOrSlug));
				resolved.add(summary);
			}
			catch (ApiException ex) {
				if (ex.status() != HttpStatus.NOT_FOUND) {
					throw ex;
				}
				errors.add(new FieldError(field, "no open scenario has the id or slug " + idOrSlug));
			}
		}
		return resolved;
	}

	private static JudgeReport view(ReportStore.StoredReport report, List<ReportRow> rows) {
		JudgeInfo judge = report.judge();
		List<ReportScenario> scenarios = report.plan()
			.stream()
			.map(p -> new ReportScenario(p.slug(), p.title(), p.category(), p.offTopic()))
			.toList();
		return new JudgeReport(report.id(), report.status(), report.reason(),
				new ReportJudge(judge.kind(), judge.provider(), judge.model(), judge.promptVersion()),
				report.requestedBy(), report.startedAt(), report.finishedAt(), report.samples(), scenarios,
				new ReportProgress(report.gradedSamples(), report.totalSamples()), report.metrics(), rows);
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
