package com.designcoach.scenario;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScenarioController {

	private final ScenarioService scenarios;

	ScenarioController(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	@GetMapping("/api/scenarios")
	List<ScenarioSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String difficulty) {
		return scenarios.list(blankToNull(q), blankToNull(category), blankToNull(difficulty));
	}

	@GetMapping("/api/scenarios/{idOrSlug}")
	ScenarioView get(@PathVariable String idOrSlug) {
		return scenarios.view(idOrSlug);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
