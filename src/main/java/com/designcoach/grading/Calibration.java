package com.designcoach.grading;

import java.util.List;

import com.designcoach.judge.JudgeInfo;

/** The result of grading a scenario's reference answers against its own key points. */
record Calibration(String slug, JudgeInfo judge, boolean consistent, List<Step> steps) {

	public record Step(String key, int score, int coveredKeyPoints, int keyPoints, boolean consistent,
			List<String> keyPointsTheReferenceMisses) {
	}

}
