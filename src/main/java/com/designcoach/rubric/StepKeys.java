package com.designcoach.rubric;

import java.util.List;

/** The contract's seven step keys, in interview order. */
public final class StepKeys {

	public static final List<String> ALL = List.of("clarifying-requirements", "framing", "data-preparation",
			"model-development", "evaluation", "system-design", "deployment-monitoring");

	private StepKeys() {
	}

}
