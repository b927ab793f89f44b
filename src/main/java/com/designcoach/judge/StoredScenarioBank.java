package com.designcoach.judge;

import java.util.List;

import com.designcoach.scenario.ScenarioDocument;
import com.designcoach.scenario.ScenarioService;

import org.springframework.stereotype.Component;

/**
 * The bank as stored, archived scenarios included (they still describe a system an answer
 * may be about), read at most once a minute: gradings are far more frequent than edits,
 * and a new scenario only sharpens the off-topic test, so a minute's delay costs nothing.
 */
@Component
class StoredScenarioBank implements ScenarioBank {

	private static final long TTL_NANOS = 60_000_000_000L;

	private final ScenarioService scenarios;

	private volatile Snapshot snapshot;

	StoredScenarioBank(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public List<ScenarioDocument> scenarios() {
		Snapshot current = snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > TTL_NANOS) {
			current = new Snapshot(scenarios.exportAll(), now);
			snapshot = current;
		}
		return current.scenarios();
	}

	private record Snapshot(List<ScenarioDocument> scenarios, long readAt) {
	}

}
