package com.designcoach.rubric;

import com.designcoach.PostgresTestConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration({ JacksonAutoConfiguration.class, JdbcClientAutoConfiguration.class })
@Import({ PostgresTestConfiguration.class, RubricService.class, SimpleMeterRegistry.class })
class RubricServiceTest {

	@Autowired
	RubricService rubric;

	@Autowired
	RubricStepRepository steps;

	@Test
	void loadsTheShippedRubricOnceAndServesItInOrder() {
		rubric.loadShippedRubric();
		rubric.loadShippedRubric();
		assertThat(steps.count()).isEqualTo(7);
		Framework framework = rubric.framework();
		assertThat(framework.steps()).extracting(Framework.Step::key).containsExactlyElementsOf(StepKeys.ALL);
		Framework.Step clarifying = framework.step("clarifying-requirements").orElseThrow();
		assertThat(clarifying.levels()).extracting(Framework.Level::score).containsExactly(1, 2, 3, 4, 5);
		assertThat(clarifying.descriptor(1)).isNotBlank().isNotEqualTo(clarifying.descriptor(5));
		assertThat(clarifying.criteria()).hasSizeBetween(4, 8);
	}

}
