package com.designcoach.interview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.designcoach.rubric.Framework;
import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;

/**
 * The steps a drill asks for, checked against the rubric: 400 with a field path for each
 * fault.
 */
final class DrillSteps {

	private DrillSteps() {
	}

	/** The requested steps in rubric order, or a 400 problem naming every bad entry. */
	static List<Framework.Step> of(List<String> requested, Framework framework) {
		List<FieldError> errors = new ArrayList<>();
		if (requested.isEmpty()) {
			errors.add(new FieldError("steps", "a drill needs at least one step"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String key = requested.get(i);
			if (key == null || framework.step(key).isEmpty()) {
				errors.add(new FieldError("steps[" + i + "]", "is not a step; steps are "
						+ String.join(", ", framework.steps().stream().map(Framework.Step::key).toList())));
			}
			else if (!seen.add(key)) {
				errors.add(new FieldError("steps[" + i + "]", "is listed twice"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return framework.steps().stream().filter(step -> seen.contains(step.key())).toList();
	}

}
