package com.designcoach.judgereport;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin only, through the {@code /api/admin/**} rule of the security configuration. */
@RestController
class JudgeReportController {

	private final JudgeReportService reports;

	JudgeReportController(JudgeReportService reports) {
		this.reports = reports;
	}

	@PostMapping("/api/admin/judge-reports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ReportStarted start(@RequestBody(required = false) ReportRequest request, Principal user) {
		return reports.start(request, user.getName());
	}

	@GetMapping("/api/admin/judge-reports")
	List<JudgeReport> list() {
		return reports.list();
	}

	@GetMapping("/api/admin/judge-reports/{id}")
	JudgeReport report(@PathVariable String id) {
		return reports.report(id);
	}

}
