package com.designcoach.practice;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PracticePlanController {

	private final PracticePlanService plans;

	PracticePlanController(PracticePlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/api/me/practice-plan")
	PracticePlan plan(Principal user) {
		return plans.plan(user.getName());
	}

}
