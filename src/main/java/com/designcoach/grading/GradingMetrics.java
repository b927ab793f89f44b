package com.designcoach.grading;

import java.time.Duration;

import com.designcoach.config.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * Grading as Prometheus sees it: how long gradings and their steps take per judge, how
 * they end, the tokens spent, and the queue (jobs waiting or running, age of the oldest).
 * Judge call failures and retries are counted where they happen, in the judge's client.
 */
@Component
class GradingMetrics implements MeterBinder {

	private final GradingQueue queue;

	private MeterRegistry registry;

	GradingMetrics(GradingQueue queue) {
		this.queue = queue;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder(MetricNames.GRADING_QUEUE_OPEN, queue, q -> q.open())
			.description("Gradings queued or running")
			.register(registry);
		Gauge.builder(MetricNames.GRADING_QUEUE_OLDEST_AGE, queue, q -> q.oldestOpenAgeSeconds())
			.description("Age of the oldest queued or running grading")
			.baseUnit("seconds")
			.register(registry);
	}

	void graded(String judgeKind, String outcome, Duration took) {
		if (registry != null) {
			Timer.builder(MetricNames.GRADING_DURATION)
				.tag("judge", judgeKind)
				.tag("outcome", outcome)
				.register(registry)
				.record(took);
		}
	}

	void step(String judgeKind, String step, Duration took) {
		if (registry != null) {
			Timer.builder(MetricNames.GRADING_STEP_DURATION)
				.tag("judge", judgeKind)
				.tag("step", step)
				.register(registry)
				.record(took);
		}
	}

	void tokens(String judgeKind, long in, long out) {
		if (registry != null && (in > 0 || out > 0)) {
			Counter.builder(MetricNames.JUDGE_TOKENS)
				.tag("judge", judgeKind)
				.tag("direction", "in")
				.register(registry)
				.increment(in);
			Counter.builder(MetricNames.JUDGE_TOKENS)
				.tag("judge", judgeKind)
				.tag("direction", "out")
				.register(registry)
				.increment(out);
		}
	}

}
