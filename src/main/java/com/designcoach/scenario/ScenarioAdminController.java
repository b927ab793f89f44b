package com.designcoach.scenario;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scenario administration; the security configuration lets only admins reach it. */
@RestController
@RequestMapping("/api/admin/scenarios")
class ScenarioAdminController {

	private final ScenarioAdmin scenarios;

	private final ScenarioImport imports;

	private final ScenarioService reads;

	ScenarioAdminController(ScenarioAdmin scenarios, ScenarioImport imports, ScenarioService reads) {
		this.scenarios = scenarios;
		this.imports = imports;
		this.reads = reads;
	}

	@GetMapping
	List<ScenarioSummary> list() {
		return scenarios.listAll();
	}

	@PostMapping
	ResponseEntity<ScenarioSaved> create(@RequestBody ScenarioDocument document, Principal admin) {
		ScenarioSaved saved = scenarios.create(document, admin.getName());
		return ResponseEntity.created(URI.create("/api/admin/scenarios/" + saved.id())).body(saved);
	}

	@GetMapping("/export")
	List<ScenarioDocument> export() {
		return reads.exportAll();
	}

	@PostMapping("/import")
	ImportResult importAll(@RequestBody List<ScenarioDocument> documents,
			@RequestParam(defaultValue = "false") boolean upsert, Principal admin) {
		return imports.importAll(documents, upsert, admin.getName());
	}

	@GetMapping("/{idOrSlug}")
	ScenarioDocument get(@PathVariable String idOrSlug) {
		return reads.document(idOrSlug);
	}

	/**
	 * An optional {@code If-Match: <version>} refuses the edit when someone saved in
	 * between.
	 */
	@PutMapping("/{idOrSlug}")
	ScenarioSaved update(@PathVariable String idOrSlug, @RequestBody ScenarioDocument document,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Principal admin) {
		return scenarios.update(idOrSlug, document, IfMatch.version(ifMatch), admin.getName());
	}

	@DeleteMapping("/{idOrSlug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable String idOrSlug) {
		scenarios.archive(idOrSlug);
	}

	@PostMapping("/{idOrSlug}/restore")
	ScenarioSummary restore(@PathVariable String idOrSlug) {
		return scenarios.restore(idOrSlug);
	}

	@GetMapping("/{idOrSlug}/versions")
	List<VersionInfo> versions(@PathVariable String idOrSlug) {
		return scenarios.versions(idOrSlug);
	}

}
