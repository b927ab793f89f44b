package com.designcoach.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "rubric_step")
class RubricStep {

	@Id
	@Column(name = "step_key")
	private String key;

	@Column(name = "step_order", nullable = false)
	private int order;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private BigDecimal weight;

	@Column(name = "suggested_minutes", nullable = false)
	private int suggestedMinutes;

	@Column(nullable = false)
	private String[] criteria;

	/** The five level descriptors, for scores 1 to 5 in that order. */
	@Column(nullable = false)
	private String[] levels;

	@Column(name = "rubric_version", nullable = false)
	private int rubricVersion;

	protected RubricStep() {
	}

	RubricStep(Framework.Step step, int rubricVersion) {
		this.key = step.key();
		this.order = step.order();
		this.title = step.title();
		this.description = step.description();
		this.weight = step.weight();
		this.suggestedMinutes = step.suggestedMinutes();
		this.criteria = step.criteria().toArray(String[]::new);
		this.levels = step.levels().stream().map(Framework.Level::descriptor).toArray(String[]::new);
		this.rubricVersion = rubricVersion;
	}

	int rubricVersion() {
		return rubricVersion;
	}

	Framework.Step toStep() {
		List<Framework.Level> levelList = new ArrayList<>();
		IntStream.range(0, levels.length).forEach(i -> levelList.add(new Framework.Level(i + 1, levels[i])));
		return new Framework.Step(key, title, order, description, weight, suggestedMinutes, List.of(criteria),
				levelList);
	}

}
