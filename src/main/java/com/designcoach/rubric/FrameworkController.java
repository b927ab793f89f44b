package com.designcoach.rubric;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FrameworkController {

	private final RubricService rubric;

	FrameworkController(RubricService rubric) {
		this.rubric = rubric;
	}

	@GetMapping("/api/framework")
	Framework framework() {
		return rubric.framework();
	}

}
