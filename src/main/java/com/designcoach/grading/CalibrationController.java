package com.designcoach.grading;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin only, through the {@code /api/admin/**} rule of the security configuration. */
@RestController
class CalibrationController {

	private final CalibrationService calibration;

	CalibrationController(CalibrationService calibration) {
		this.calibration = calibration;
	}

	@PostMapping("/api/admin/scenarios/{idOrSlug}/calibrate")
	Calibration calibrate(@PathVariable String idOrSlug) {
		return calibration.calibrate(idOrSlug);
	}

}
