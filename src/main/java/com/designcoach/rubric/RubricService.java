package com.designcoach.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import com.designcoach.config.AdvisoryLock;
import com.designcoach.config.MetricNames;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric lives in the database. The shipped {@code rubric/framework.json} is loaded
 * on the first start and whenever the file carries a newer version than the stored one.
 */
@Service
public class RubricService {

	private static final Logger log = LoggerFactory.getLogger(RubricService.class);

	private static final String RESOURCE = "rubric/framework.json";

	static final String FRAMEWORK_CACHE = MetricNames.CACHE_RUBRIC_FRAMEWORK;

	private static final String LOAD_LOCK = "rubric-load";

	/** The cache's only key: the framework is one value. */
	private static final String FRAMEWORK = "framework";

	private final RubricStepRepository steps;

	private final JsonMapper json;

	/**
	 * Read by every interview and grading, changed only when a start loads a newer
	 * shipped rubric, so it never expires. A new rubric ships with a new build, whose
	 * start loads it.
	 */
	private final Cache<String, Framework> cache = Caffeine.newBuilder().maximumSize(1).recordStats().build();

	private final JdbcClient jdbc;

	RubricService(RubricStepRepository steps, JsonMapper json, JdbcClient jdbc, MeterRegistry registry) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.json = json;
		CaffeineCacheMetrics.monitor(registry, cache, FRAMEWORK_CACHE);
	}

	public Framework framework() {
		return cache.get(FRAMEWORK,
				key -> new Framework(steps.findAllByOrderByOrderAsc().stream().map(RubricStep::toStep).toList()));
	}

	@Transactional
	void loadShippedRubric() {
		// Instances starting together on a fresh database take turns instead of
		// colliding.
		AdvisoryLock.holdForTransaction(jdbc, LOAD_LOCK);
		ShippedRubric shipped = readShipped();
		validate(shipped);
		List<RubricStep> stored = steps.findAll();
		int storedVersion = stored.stream().mapToInt(RubricStep::rubricVersion).max().orElse(0);
		if (storedVersion >= shipped.version()) {
			return;
		}
		steps.deleteAllInBatch();
		steps.flush();
		steps.saveAll(shipped.steps().stream().map(step -> new RubricStep(step, shipped.version())).toList());
		cache.invalidateAll();
		log.info("Loaded rubric version {} ({} steps)", shipped.version(), shipped.steps().size());
	}

	private ShippedRubric readShipped() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return json.readValue(in, ShippedRubric.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	private static void validate(ShippedRubric rubric) {
		List<String> keys = rubric.steps().stream().map(Framework.Step::key).toList();
		if (!keys.equals(StepKeys.ALL)) {
			throw new IllegalStateException(RESOURCE + " must hold the steps " + StepKeys.ALL + " in order");
		}
		BigDecimal total = rubric.steps().stream().map(Framework.Step::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(BigDecimal.ONE) != 0) {
			throw new IllegalStateException(RESOURCE + " weights must sum to 1, not " + total);
		}
		for (Framework.Step step : rubric.steps()) {
			if (step.levels().size() != 5) {
				throw new IllegalStateException(RESOURCE + " step " + step.key() + " needs five levels");
			}
		}
	}

	record ShippedRubric(int version, List<Framework.Step> steps) {
	}

}
