package com.designcoach.judge;

/**
 * Which judge graded: shown with every score so nobody mistakes one judge for another.
 */
public record JudgeInfo(String kind, String provider, String model, String promptVersion) {

	public static final String OFFLINE = "offline";

	public static final String LLM = "llm";

}
