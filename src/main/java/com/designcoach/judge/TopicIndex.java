package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.designcoach.scenario.ScenarioDocument;

/**
 * What the scenario bank is about, term by term, so that an answer can be placed against
 * every scenario at once: each scenario's own text (prompt, key points, follow-ups,
 * reference answers) as a TF-IDF vector over the bank, where words every scenario uses
 * (latency, model, data) weigh little and the words that tell systems apart (CTR, blur,
 * pipeline parallelism) weigh most. Glossary groups stand for their terms in both
 * languages, so a Chinese answer lands near an English scenario on the same system.
 */
final class TopicIndex {

	private final Map<String, Double> idf = new HashMap<>();

	private final Map<String, Map<String, Double>> vectors = new LinkedHashMap<>();

	private final Map<String, String> titles = new HashMap<>();

	/**
	 * The bank with {@code own} in it: the interview's own version of its scenario
	 * replaces the stored one of the same slug, so an answer is always compared with what
	 * it answered.
	 */
	TopicIndex(List<ScenarioDocument> bank, ScenarioDocument own) {
		this(bank, own, TopicIndex::featuresOf);
	}

	/**
	 * The same, with each scenario's terms from {@code features} ({@link #featuresOf} or
	 * a cache of it: every index over a bank reads every scenario's).
	 */
	TopicIndex(List<ScenarioDocument> bank, ScenarioDocument own,
			Function<ScenarioDocument, Map<String, Integer>> features) {
		Map<String, ScenarioDocument> documents = new LinkedHashMap<>();
		bank.forEach(scenario -> documents.put(scenario.slug(), scenario));
		documents.put(own.slug(), own);
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		documents.forEach((slug, scenario) -> {
			counts.put(slug, features.apply(scenario));
			titles.put(slug, scenario.title());
		});
		Map<String, Integer> df = new HashMap<>();
		counts.values().forEach(doc -> doc.keySet().forEach(term -> df.merge(term, 1, Integer::sum)));
		int n = counts.size();
		df.forEach((term, count) -> idf.put(term, Math.log((n + 1.0) / (count + 0.5))));
		counts.forEach((slug, doc) -> vectors.put(slug, weigh(doc)));
	}

	int size() {
		return vectors.size();
	}

	String title(String slug) {
		return titles.get(slug);
	}

	/** How close the answer is to each scenario of the bank, closest first. */
	List<Fit> fits(List<Text.Sentence> answer) {
		Map<String, Double> vector = weigh(features(answer));
		List<Fit> fits = new ArrayList<>();
		vectors.forEach((slug, scenario) -> fits.add(new Fit(slug, cosine(vector, scenario))));
		fits.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
		return fits;
	}

	record Fit(String slug, double similarity) {
	}

	/** A scenario's terms: those of its own text ({@link CompiledScenario#ownText}). */
	static Map<String, Integer> featuresOf(ScenarioDocument scenario) {
		return features(Text.sentences(CompiledScenario.ownText(scenario)));
	}

	/** Content terms, and a language-neutral token for every glossary group present. */
	static Map<String, Integer> features(List<Text.Sentence> sentences) {
		Map<String, Integer> counts = new HashMap<>();
		for (Text.Sentence sentence : sentences) {
			// Chinese character pairs are left out: only Chinese scenarios could share
			// them, so
			// they would pull every Chinese answer towards those, whatever it is about.
			sentence.terms()
				.stream()
				.filter(term -> !Text.hasCjk(term))
				.forEach(term -> counts.merge(term, 1, Integer::sum));
		}
		Set<Glossary.Group> groups = new HashSet<>(Glossary.englishGroupsIn(sentences));
		groups.addAll(Glossary.chineseGroupsIn(sentences));
		for (Glossary.Group group : groups) {
			counts.merge("§" + group.hashCode(), OfflineThresholds.GLOSSARY_GROUP_COUNT, Integer::sum);
		}
		return counts;
	}

	private Map<String, Double> weigh(Map<String, Integer> counts) {
		Map<String, Double> vector = new HashMap<>();
		double norm = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			Double weight = idf.get(entry.getKey());
			if (weight == null || weight <= 0) {
				continue; // a term no scenario uses says nothing about which one the
							// answer is about
			}
			double value = (1 + Math.log(entry.getValue())) * weight;
			vector.put(entry.getKey(), value);
			norm += value * value;
		}
		double length = Math.sqrt(norm);
		if (length > 0) {
			vector.replaceAll((term, value) -> value / length);
		}
		return vector;
	}

	private static double cosine(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = a.size() <= b.size() ? a : b;
		Map<String, Double> large = small == a ? b : a;
		double dot = 0;
		for (Map.Entry<String, Double> entry : small.entrySet()) {
			Double other = large.get(entry.getKey());
			if (other != null) {
				dot += entry.getValue() * other;
			}
		}
		return dot;
	}

}
