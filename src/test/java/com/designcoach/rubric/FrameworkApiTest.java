package com.designcoach.rubric;

import java.util.List;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

class FrameworkApiTest extends ApiTestSupport {

	@Test
	void servesTheSevenStepsWithCriteriaLevelsWeightsAndMinutes() {
		var response = as(newCandidate()).get("/api/framework").then().statusCode(200);
		response.body("steps.key", equalTo(StepKeys.ALL))
			.body("steps.order", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
			.body("steps.title[0]", equalTo("Clarifying requirements (functional and non-functional)"))
			.body("steps.description", everyItem(notNullValue()))
			.body("steps.levels", everyItem(hasSize(5)))
			.body("steps.levels.score[0]", equalTo(List.of(1, 2, 3, 4, 5)))
			.body("steps.collect { it.criteria.size() }", everyItem(greaterThanOrEqualTo(4)))
			.body("steps.collect { it.criteria.size() }", everyItem(lessThanOrEqualTo(8)))
			.body("steps.weight.sum()", closeTo(1.0, 0.0001))
			.body("steps.suggestedMinutes.sum()", equalTo(45));
	}

}
