package com.designcoach.rubric;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FrameworkController {

	private static final String PASS_LINE = "Any step scored 1 caps the verdict at LEAN_NO_HIRE.";

	private final RubricService rubric;

	FrameworkController(RubricService rubric) {
		this.rubric = rubric;
	}

	@GetMapping("/api/framework")
	FrameworkResponse framework() {
		return new FrameworkResponse(rubric.framework().steps(), Verdict.bands(), PASS_LINE);
	}

	/**
	 * The rubric, and how step scores become a verdict: the bands are the overall score
	 * each verdict starts at.
	 */
	record FrameworkResponse(List<Framework.Step> steps, List<Verdict.Band> verdictBands, String passLine) {
	}

}
