package com.designcoach.judge;

/**
 * Grades one step of an interview. Implementations are interchangeable (offline, or an
 * LLM through LangChain4j); the overall score and verdict are never a judge's business.
 */
public interface Judge {

	JudgeInfo info();

	/**
	 * @param interview the whole interview, so a judge may look across steps
	 * @param stepKey the step to grade
	 * @throws JudgeException when the judge cannot produce a trustworthy verdict
	 */
	StepVerdict gradeStep(InterviewContext interview, String stepKey);

}
