package com.designcoach.scenario;

import java.util.List;

import com.designcoach.diagram.Diagrams;
import com.designcoach.judge.JudgeFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped scenario draws its system design, in a diagram the judges (and
 * validation) can read.
 */
class ReferenceDiagramsTest {

	@Test
	void everyShippedSystemDesignStepHasAReadableReferenceDiagram() {
		List<ScenarioDocument> bank = JudgeFixtures.shippedScenarios();
		assertThat(bank).hasSize(20);
		for (ScenarioDocument scenario : bank) {
			String diagram = scenario.step("system-design").referenceDiagram();
			assertThat(diagram).as(scenario.slug()).isNotBlank();
			assertThat(diagram.codePointCount(0, diagram.length())).as(scenario.slug()).isLessThanOrEqualTo(5_000);
			assertThat(Diagrams.problem(diagram)).as(scenario.slug()).isEmpty();
			assertThat(ScenarioValidator.validate(scenario)).as(scenario.slug()).isEmpty();
		}
	}

}
