package com.designcoach.judge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.designcoach.judge.OfflineThresholds.CHINESE_PAIR_AS_WORD;
import static com.designcoach.judge.OfflineThresholds.KEYWORDS_TO_COVER;
import static com.designcoach.judge.OfflineThresholds.MENTIONED;
import static com.designcoach.judge.OfflineThresholds.NEARBY_OVERLAP_TO_COVER;
import static com.designcoach.judge.OfflineThresholds.OVERLAP_TO_COVER;
import static com.designcoach.judge.OfflineThresholds.OVERLAP_TO_TOUCH;
import static com.designcoach.judge.OfflineThresholds.TOUCHED;
import static com.designcoach.judge.OfflineThresholds.WORDS_SAID_BESIDES_NAMES;

/** How well an answer covers one key point, and the sentence that shows it. */
record Coverage(CompiledScenario.CompiledKeyPoint keyPoint, double strength, Text.Sentence evidence) {

	/**
	 * How well the sentences of one step's answer cover each of the step's key points, in
	 * order.
	 */
	static List<Coverage> ofStep(List<CompiledScenario.CompiledKeyPoint> keyPoints, List<Text.Sentence> sentences) {
		return ofStep(keyPoints, sentences, keywordsIn(sentences, keyPoints));
	}

	/**
	 * The same, with the keywords each sentence holds already found
	 * ({@link #keywordsIn}).
	 */
	static List<Coverage> ofStep(List<CompiledScenario.CompiledKeyPoint> keyPoints, List<Text.Sentence> sentences,
			Map<Text.Sentence, List<Keyword>> held) {
		Set<Text.Sentence> namesOnly = namesOnly(sentences, held);
		Set<String> answerTerms = termsOf(
				sentences.stream().filter(sentence -> !namesOnly.contains(sentence)).toList());
		return keyPoints.stream().map(point -> of(point, sentences, answerTerms, namesOnly, held)).toList();
	}

	/**
	 * The same, with a {@link SemanticMatcher}'s vote on the key points the keywords
	 * leave short; with none ({@code null}) exactly the keywords' coverage.
	 */
	static List<Coverage> ofStep(List<CompiledScenario.CompiledKeyPoint> keyPoints, List<Text.Sentence> sentences,
			Map<Text.Sentence, List<Keyword>> held, SemanticMatcher semantic) {
		List<Coverage> lexical = ofStep(keyPoints, sentences, held);
		if (semantic == null) {
			return lexical;
		}
		Set<Text.Sentence> namesOnly = namesOnly(sentences, held);
		List<Text.Sentence> said = sentences.stream().filter(sentence -> !namesOnly.contains(sentence)).toList();
		return lexical.stream().map(coverage -> semantic.vote(coverage, said)).toList();
	}

	/**
	 * The step's keywords each sentence holds, found once: coverage, the names-only test
	 * and depth all ask, and matching is most of the judge's work.
	 */
	static Map<Text.Sentence, List<Keyword>> keywordsIn(List<Text.Sentence> sentences,
			List<CompiledScenario.CompiledKeyPoint> keyPoints) {
		Map<Text.Sentence, List<Keyword>> held = new IdentityHashMap<>();
		for (Text.Sentence sentence : sentences) {
			List<Keyword> found = new ArrayList<>();
			for (CompiledScenario.CompiledKeyPoint point : keyPoints) {
				for (Keyword keyword : point.keywords()) {
					if (keyword.matches(sentence)) {
						found.add(keyword);
					}
				}
			}
			held.put(sentence, found);
		}
		return held;
	}

	/**
	 * {@code answerTerms} are the terms of the substantive sentences, with their
	 * translations ({@link #termsOf}); {@code namesOnly} are the sentences that only name
	 * things (see {@link #namesOnly}). A key point named only there is mentioned, not
	 * covered.
	 */
	private static Coverage of(CompiledScenario.CompiledKeyPoint point, List<Text.Sentence> sentences,
			Set<String> answerTerms, Set<Text.Sentence> namesOnly, Map<Text.Sentence, List<Keyword>> held) {
		Set<Keyword> found = new HashSet<>();
		boolean named = false;
		Text.Sentence best = null;
		int bestHits = 0;
		List<Text.Sentence> around = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Text.Sentence sentence = sentences.get(i);
			boolean listing = namesOnly.contains(sentence);
			int hits = 0;
			for (Keyword keyword : point.keywords()) {
				if (held.get(sentence).contains(keyword)) {
					if (listing) {
						named = true;
						continue;
					}
					hits++;
					found.add(keyword);
				}
			}
			if (hits > 0) {
				around.addAll(sentences.subList(Math.max(0, i - 1), Math.min(sentences.size(), i + 2)));
			}
			if (hits > bestHits) {
				bestHits = hits;
				best = sentence;
			}
		}
		double overlap = overlap(point.terms(), answerTerms) / point.overlapScale();
		// A single keyword needs the point's other words near it, not anywhere in the
		// answer:
		// filler elsewhere must not complete a point. Across languages the few words the
		// glossary translates are all there is to go on, so there the whole answer
		// counts.
		if (found.size() >= KEYWORDS_TO_COVER
				|| (found.size() == 1 && nearbyOverlap(point, best, around, overlap) >= NEARBY_OVERLAP_TO_COVER)
				|| overlap >= OVERLAP_TO_COVER) {
			return new Coverage(point, 1, best != null ? best : mostOverlapping(point.terms(), sentences));
		}
		if (found.size() == 1) {
			return new Coverage(point, TOUCHED, best);
		}
		if (overlap >= OVERLAP_TO_TOUCH) {
			return new Coverage(point, TOUCHED, mostOverlapping(point.terms(), sentences));
		}
		return new Coverage(point, named ? MENTIONED : 0, null);
	}

	/**
	 * The overlap around the keyword's sentences; computed only when a single keyword
	 * asks, as it scans the glossary.
	 */
	private static double nearbyOverlap(CompiledScenario.CompiledKeyPoint point, Text.Sentence best,
			List<Text.Sentence> around, double overlap) {
		boolean acrossLanguages = Text.mostlyChinese(best.original()) != point.inChinese();
		return acrossLanguages ? overlap : overlap(point.terms(), termsOf(around)) / point.overlapScale();
	}

	/** Words that relate the things a note names: order, choice, purpose, effect. */
	private static final Pattern RELATION = Pattern.compile(
			"\\b(then|before|after|instead of|rather than|over|on top of|feeds?|into|per|so that|because|since|for)\\b|→|->|=>|⇒|>|先|再|然后|之后|之前|而不是|替代|用于|以便|因为|\\d");

	/**
	 * The sentences that do nothing but name things: fewer than two of their content
	 * words are not the step's keywords ("RAG, vector database, reranker, guardrails." or
	 * "We use Kafka and Flink."). Half the character pairs of Chinese straddle words, so
	 * they count half. Naming a technique is not explaining it; but a note that relates
	 * what it names ("two-tower retrieval, then a DCN ranker", "cache → p95 40 ms")
	 * states a decision, so a relation word or a figure counts as something said.
	 */
	private static Set<Text.Sentence> namesOnly(List<Text.Sentence> sentences, Map<Text.Sentence, List<Keyword>> held) {
		Set<Text.Sentence> listing = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Text.Sentence sentence : sentences) {
			Set<String> naming = new HashSet<>();
			held.get(sentence).forEach(keyword -> naming.addAll(keyword.terms()));
			if (naming.isEmpty()) {
				continue;
			}
			double said = RELATION.matcher(sentence.folded()).find() ? 1 : 0;
			for (String term : sentence.terms()) {
				if (!naming.contains(term)) {
					said += Text.hasCjk(term) ? CHINESE_PAIR_AS_WORD : 1;
				}
			}
			if (said < WORDS_SAID_BESIDES_NAMES) {
				listing.add(sentence);
			}
		}
		return listing;
	}

	/**
	 * The content terms of the sentences, plus the glossary's translation of every term
	 * it knows in them, so a Chinese answer can overlap an English key point's words, and
	 * the reverse.
	 */
	static Set<String> termsOf(List<Text.Sentence> sentences) {
		Set<String> terms = new HashSet<>();
		sentences.forEach(sentence -> terms.addAll(sentence.terms()));
		Glossary.chineseGroupsIn(sentences).forEach(group -> group.english().forEach(terms::addAll));
		Glossary.englishGroupsIn(sentences)
			.forEach(group -> group.chinese().forEach(chinese -> terms.addAll(Text.terms(chinese))));
		return terms;
	}

	/**
	 * The step's share of key points covered, a touched point counting its partial
	 * credit.
	 */
	static double fraction(List<Coverage> coverage) {
		return coverage.stream().mapToDouble(Coverage::strength).sum() / Math.max(1, coverage.size());
	}

	private static double overlap(Set<String> pointStems, Set<String> answerStems) {
		if (pointStems.isEmpty()) {
			return 0;
		}
		long shared = pointStems.stream().filter(answerStems::contains).count();
		return (double) shared / pointStems.size();
	}

	private static Text.Sentence mostOverlapping(Set<String> pointStems, List<Text.Sentence> sentences) {
		Text.Sentence best = null;
		long bestShared = 0;
		for (Text.Sentence sentence : sentences) {
			long shared = sentence.terms().stream().filter(pointStems::contains).count();
			if (shared > bestShared) {
				bestShared = shared;
				best = sentence;
			}
		}
		return best;
	}

}
