package com.designcoach.rubric;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RubricLoader implements ApplicationRunner {

	private final RubricService rubric;

	RubricLoader(RubricService rubric) {
		this.rubric = rubric;
	}

	@Override
	public void run(ApplicationArguments args) {
		rubric.loadShippedRubric();
	}

}
