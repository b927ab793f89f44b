package com.designcoach.interview;

import java.time.Instant;
import java.util.List;

import com.designcoach.scenario.ScenarioView;

record InterviewView(long id, InterviewStatus status, String mode, ScenarioView scenario, List<StepView> steps,
		Instant startedAt, Instant deadline, Instant submittedAt, boolean overtime, Integer overallScore,
		String verdict, List<AskedQuestion> questions) {
}
