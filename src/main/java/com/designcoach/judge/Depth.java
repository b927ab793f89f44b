package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static com.designcoach.judge.OfflineThresholds.ON_TOPIC_NEW_TERMS;
import static com.designcoach.judge.OfflineThresholds.ON_TOPIC_SHARED_WORDS;
import static com.designcoach.judge.OfflineThresholds.QUANTITIES_FOR_FULL_DEPTH;
import static com.designcoach.judge.OfflineThresholds.QUANTITY_WEIGHT;
import static com.designcoach.judge.OfflineThresholds.REASONS_FOR_FULL_DEPTH;
import static com.designcoach.judge.OfflineThresholds.REASON_WEIGHT;
import static com.designcoach.judge.OfflineThresholds.TRADE_OFFS_FOR_FULL_DEPTH;
import static com.designcoach.judge.OfflineThresholds.TRADE_OFF_WEIGHT;

/** How concrete an answer is: quantities, trade-offs weighed, and reasons given. */
record Depth(int quantities, int tradeOffs, int reasons) {

	/**
	 * A figure, in digits or Chinese numerals, or a formula written out ("CTR = clicks /
	 * impressions").
	 */
	private static final Pattern QUANTITY = Pattern
		.compile("\\d|[一二三四五六七八九十百千万亿]+(个|台|张|倍|秒|毫秒|分钟|小时|天|万|亿)|[\\p{L}_)]\\s*[=≈≤≥]\\s*[\\p{L}(]+\\s*[/*×·+^-]");

	private static final Pattern TRADE_OFF = Pattern.compile(
			"\\b(trade-?offs?|versus|vs\\.?|instead of|rather than|at the (cost|expense) of|downsides?|drawbacks?|on the other hand|but|however|whereas|although|though|alternatively|compared (to|with)|cheaper|costlier|slower|faster|tension|the catch|the risk|outweighs?|worth it|not worth|pros and cons|in exchange|pros?|cons|upsides?|tradeoffs?|less memory|more memory|fewer|smaller|larger)\\b|↔|⇄|权衡|取舍|代价|但是|不过|而不是|相比|缺点|优缺点|优点|折中|虽然|然而|比起|牺牲|换来|换取|好处是|坏处|风险是|反而|对比|更快|更慢|更便宜|更贵",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern REASON = Pattern.compile(
			"\\b(because|since|so that|so (we|i|it|they|the|that) (can|could|don't|do not|won't|will|never|only|stay)|therefore|thus|hence|which means|this means|in order to|to avoid|to prevent|otherwise|the reason|that way|to keep|to reduce|to catch|to make sure|to ensure|given that|due to|as a result|which lets|lets us|b/c|because of|to cut|to save|to lower|to limit|to cap|to fit|to speed up|to handle|to absorb)\\b|→|->|=>|⇒|∴|因为|所以|为了|从而|因此|避免|否则|以便|以免|防止|由于|这样可以|这样能|确保|保证|目的是|原因是|导致|使得|以防",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

	/**
	 * The depth of one step's answer: only its sentences on the step's key points
	 * ({@link #onTopic}) count.
	 */
	static Depth ofStep(List<Text.Sentence> sentences, List<CompiledScenario.CompiledKeyPoint> keyPoints,
			Map<Text.Sentence, List<Keyword>> held, CompiledScenario scenario) {
		return of(onTopic(sentences, keyPoints, held, scenario));
	}

	/**
	 * Sentences about the step's key points that add something: touching one of their
	 * keywords, or sharing at least two of their words and bringing at least two of the
	 * scenario's terms not said before in the step. Only they can show depth; filler that
	 * restates ("catching fraud is good, so we want to catch as much as possible")
	 * cannot.
	 */
	private static List<Text.Sentence> onTopic(List<Text.Sentence> sentences,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, Map<Text.Sentence, List<Keyword>> held,
			CompiledScenario scenario) {
		Set<String> pointTerms = new HashSet<>();
		keyPoints.forEach(point -> pointTerms.addAll(point.terms()));
		Set<String> said = new HashSet<>();
		List<Text.Sentence> onTopic = new ArrayList<>();
		for (Text.Sentence sentence : sentences) {
			boolean keyword = !held.get(sentence).isEmpty();
			boolean related = sentence.terms()
				.stream()
				.filter(pointTerms::contains)
				.limit(ON_TOPIC_SHARED_WORDS)
				.count() >= ON_TOPIC_SHARED_WORDS;
			long fresh = sentence.terms()
				.stream()
				.filter(term -> !said.contains(term)
						&& (scenario.ownWords().contains(term) || Text.hasCjk(term) != scenario.writtenInChinese()))
				.limit(ON_TOPIC_NEW_TERMS)
				.count();
			if (keyword || (related && fresh >= ON_TOPIC_NEW_TERMS)) {
				onTopic.add(sentence);
			}
			said.addAll(sentence.terms());
		}
		return onTopic;
	}

	/**
	 * Quantities count once each: a figure said again ("as I said, 5% first") is not a
	 * second figure.
	 */
	static Depth of(List<Text.Sentence> sentences) {
		int quantities = 0;
		int tradeOffs = 0;
		int reasons = 0;
		Set<String> figures = new HashSet<>();
		for (Text.Sentence sentence : sentences) {
			String text = sentence.original();
			List<String> numbers = NUMBER.matcher(text).results().map(MatchResult::group).toList();
			boolean newFigure = numbers.isEmpty() ? QUANTITY.matcher(text).find()
					: numbers.stream().anyMatch(number -> !figures.contains(number));
			figures.addAll(numbers);
			quantities += newFigure ? 1 : 0;
			tradeOffs += TRADE_OFF.matcher(text).find() ? 1 : 0;
			reasons += REASON.matcher(text).find() ? 1 : 0;
		}
		return new Depth(quantities, tradeOffs, reasons);
	}

	/**
	 * 0 for a bare list of components, 1 for an answer that quantifies, weighs and
	 * explains.
	 */
	double value() {
		return QUANTITY_WEIGHT * Math.min(1, quantities / QUANTITIES_FOR_FULL_DEPTH)
				+ TRADE_OFF_WEIGHT * Math.min(1, tradeOffs / TRADE_OFFS_FOR_FULL_DEPTH)
				+ REASON_WEIGHT * Math.min(1, reasons / REASONS_FOR_FULL_DEPTH);
	}

}
