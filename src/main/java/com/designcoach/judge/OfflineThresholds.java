package com.designcoach.judge;

/**
 * The numbers the offline judge was tuned with, in one place: each was set against the
 * graded answer sets of {@code JudgeQualityTest} and changing one moves scores there, so
 * the quality report is the way to try a new value. How long feedback and quotes get is
 * not here: that is {@link OfflineFeedback}'s.
 */
final class OfflineThresholds {

	private OfflineThresholds() {
	}

	// Screening (ScreenedAnswer)

	/**
	 * A sentence counts only when this share of its content words is new: "to recap, ..."
	 * repeats and earns nothing.
	 */
	static final double MIN_NEW_WORDS = 0.34;

	// Coverage of one key point (Coverage)

	/**
	 * Two of a point's keywords in substantive sentences cover it: one keyword can be a
	 * passing mention.
	 */
	static final int KEYWORDS_TO_COVER = 2;

	/**
	 * A single keyword covers the point when this share of the point's words stands in
	 * the sentences around it.
	 */
	static final double NEARBY_OVERLAP_TO_COVER = 0.25;

	/**
	 * With no keyword, this share of the point's words in the answer covers it: the point
	 * said in other words.
	 */
	static final double OVERLAP_TO_COVER = 0.8;

	/** With no keyword, this share of the point's words touches it. */
	static final double OVERLAP_TO_TOUCH = 0.5;

	/**
	 * The credit for a point touched (one keyword alone, or half its words): not enough
	 * to call it covered.
	 */
	static final double TOUCHED = 0.5;

	/** The credit for a key point only named in a list, with nothing said about it. */
	static final double MENTIONED = 0.25;

	/**
	 * A sentence that says fewer words than this besides the keywords it holds only names
	 * things.
	 */
	static final double WORDS_SAID_BESIDES_NAMES = 2;

	/**
	 * A Chinese character pair counts this much of a word: half of them straddle two
	 * words.
	 */
	static final double CHINESE_PAIR_AS_WORD = 0.5;

	/**
	 * A Chinese point's word overlap is read against this scale (half the pairs straddle
	 * words, as above).
	 */
	static final double CHINESE_OVERLAP_SCALE = 0.5;

	/**
	 * Chinese keywords reworded ("识别用户意图" for "意图识别") match with this many of every
	 * {@link #REWORDED_PAIRS_OF} own character pairs...
	 */
	static final int REWORDED_PAIRS = 2;

	/**
	 * ...out of this many: two thirds, which reordering keeps and a different term rarely
	 * reaches.
	 */
	static final int REWORDED_PAIRS_OF = 3;

	/**
	 * A keyword needs at least this many character pairs (three characters) to be matched
	 * reworded.
	 */
	static final int MIN_PAIRS_TO_REWORD = 2;

	// Depth (Depth)

	/**
	 * A sentence about the key points without their keywords must share this many of
	 * their words...
	 */
	static final int ON_TOPIC_SHARED_WORDS = 2;

	/**
	 * ...and bring this many of the scenario's terms not said before in the step, or it
	 * is filler that restates.
	 */
	static final int ON_TOPIC_NEW_TERMS = 2;

	/**
	 * Concrete figures carry the most weight in depth: a design without numbers cannot be
	 * sized.
	 */
	static final double QUANTITY_WEIGHT = 0.45;

	/** Figures that give full marks for concreteness. */
	static final double QUANTITIES_FOR_FULL_DEPTH = 3.0;

	/** Trade-offs weighed carry the next most. */
	static final double TRADE_OFF_WEIGHT = 0.3;

	/** Trade-offs that give full marks for weighing. */
	static final double TRADE_OFFS_FOR_FULL_DEPTH = 2.0;

	/** Reasons given carry the rest (the three weights sum to 1). */
	static final double REASON_WEIGHT = 0.25;

	/** Reasons that give full marks for explaining. */
	static final double REASONS_FOR_FULL_DEPTH = 2.0;

	// The level (OfflineJudge)

	/**
	 * The rubric's levels above the lowest: coverage and depth spread a step over these.
	 */
	static final int LEVELS_ABOVE_LOWEST = 4;

	/**
	 * The share of key points covered that earns the full spread: nobody's answer hits
	 * every point.
	 */
	static final double COVERAGE_FOR_TOP = 0.8;

	/** What coverage alone is worth of the level... */
	static final double COVERAGE_WEIGHT = 0.7;

	/**
	 * ...and what depth adds to it, so depth can lift a well-covered step by one level
	 * and never carry a thin one.
	 */
	static final double DEPTH_WEIGHT = 0.3;

	/** The level of a step that says nothing about the scenario. */
	static final int LEVEL_ABSENT = 1;

	/**
	 * The level of a step that covers something, or at least talks about this scenario:
	 * superficial, not absent.
	 */
	static final int LEVEL_SUPERFICIAL = 2;

	/** The top of the rubric's scale. */
	static final int LEVEL_TOP = 5;

	/**
	 * The scenario words an answer must share to count as engaged with it when it covers
	 * no key point.
	 */
	static final int SHARED_WORDS_TO_ENGAGE = 1;

	// Off topic (Relevance, TopicIndex)

	/** Another scenario must fit the answers this much better than this one... */
	static final double CLEARLY_BETTER = 1.5;

	/**
	 * ...or somewhat better, when the answers barely touch this scenario's own vocabulary
	 * at all.
	 */
	static final double BETTER = 1.2;

	/** The similarity to this scenario below which "barely touches" holds. */
	static final double BARELY = 0.14;

	/**
	 * Off topic only when the answers also cover less than this share of the key points
	 * on average.
	 */
	static final double MAX_COVERAGE_OFF_TOPIC = 0.3;

	/**
	 * Below this many words (a Chinese character counting half) there is too little text
	 * to judge.
	 */
	static final int MIN_WORDS_TO_JUDGE = 150;

	/**
	 * A glossary group present counts like a term said this often: it stands for its
	 * terms in both languages.
	 */
	static final int GLOSSARY_GROUP_COUNT = 2;

}
