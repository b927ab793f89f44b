package com.designcoach.judge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups of words that mean the same thing in these interviews, in English and in
 * Chinese, so "p95" finds "95th percentile" and "latency" finds "延迟". A keyword that
 * belongs to a group matches any member of the group. The groups are data
 * ({@value #RESOURCE}); this class reads them once and answers lookups.
 */
final class Glossary {

	/**
	 * One group to a line, members separated by " | "; lines starting with # are
	 * comments.
	 */
	static final String RESOURCE = "judge/glossary.txt";

	private static final Pattern DELIMITER = Pattern.compile(" \\| ");

	/**
	 * Read once, when a judge first needs it; {@link OfflineJudge} asks at startup, so a
	 * broken file stops the application.
	 */
	private static final Glossary INSTANCE = new Glossary(read(RESOURCE));

	/** Stemmed English phrase (tokens joined by spaces) to the groups it belongs to. */
	private final Map<String, List<Group>> byPhrase = new HashMap<>();

	/** Chinese term to the groups it belongs to. */
	private final Map<String, List<Group>> byChinese = new HashMap<>();

	/** The most stems in an English member. */
	private int longestPhrase;

	private final List<Group> groups = new ArrayList<>();

	private Glossary(List<List<String>> members) {
		for (List<String> words : members) {
			List<List<String>> english = new ArrayList<>();
			List<String> chinese = new ArrayList<>();
			for (String word : words) {
				if (Text.hasCjk(word)) {
					chinese.add(word);
				}
				else {
					english.add(Text.stems(Text.fold(word)));
				}
			}
			Group group = new Group(List.copyOf(english), List.copyOf(chinese));
			groups.add(group);
			for (String word : words) {
				(Text.hasCjk(word) ? byChinese : byPhrase).computeIfAbsent(key(word), member -> new ArrayList<>())
					.add(group);
			}
			english.forEach(phrase -> longestPhrase = Math.max(longestPhrase, phrase.size()));
		}
	}

	/**
	 * What a member is looked up by: English as the stems of its folded words joined by
	 * spaces, Chinese folded.
	 */
	static String key(String member) {
		return Text.hasCjk(member) ? Text.fold(member) : String.join(" ", Text.stems(Text.fold(member)));
	}

	/**
	 * The groups of a glossary resource as written, in order; a file that is missing or
	 * malformed stops here.
	 */
	static List<List<String>> read(String resource) {
		InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("The judge's glossary " + resource + " is not on the classpath");
		}
		List<List<String>> groups = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				List<String> terms = List.of(DELIMITER.split(line.strip(), -1));
				if (terms.stream()
					.anyMatch(term -> term.isBlank() || !term.equals(term.strip()) || term.contains("|"))) {
					throw new IllegalStateException(
							resource + ", line " + number + ": a member is empty or badly delimited");
				}
				groups.add(terms);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The judge's glossary " + resource + " could not be read", ex);
		}
		if (groups.isEmpty()) {
			throw new IllegalStateException("The judge's glossary " + resource + " has no groups");
		}
		return groups;
	}

	/**
	 * Reads the glossary if it has not been read: a judge asks when it is made, so a
	 * broken file fails early.
	 */
	static void load() {
		Objects.requireNonNull(INSTANCE);
	}

	/** Every group, in the file's order. */
	static List<Group> groups() {
		return List.copyOf(INSTANCE.groups);
	}

	static List<Group> groupsOf(List<String> stemmedPhrase) {
		return INSTANCE.byPhrase.getOrDefault(String.join(" ", stemmedPhrase), List.of());
	}

	/**
	 * For a phrase the glossary lacks, the groups of its longest glossary sub-phrase, if
	 * that holds at least half its words: "handoff rate" gives the groups of "handoff".
	 */
	static List<Group> groupsWithin(List<String> stems) {
		if (!INSTANCE.byPhrase.getOrDefault(String.join(" ", stems), List.of()).isEmpty()) {
			return List.of();
		}
		for (int length = stems.size() - 1; length * 2 >= stems.size() && length > 0; length--) {
			for (int start = 0; start + length <= stems.size(); start++) {
				List<Group> groups = groupsOf(stems.subList(start, start + length));
				if (!groups.isEmpty()) {
					return groups;
				}
			}
		}
		return List.of();
	}

	/**
	 * The same for Chinese: the groups of the longest glossary term inside, if it holds
	 * at least half the characters.
	 */
	static List<Group> groupsWithinChinese(String term) {
		if (INSTANCE.byChinese.containsKey(term)) {
			return List.of();
		}
		String longest = null;
		for (String member : INSTANCE.byChinese.keySet()) {
			if (member.length() * 2 >= term.length() && member.length() < term.length() && term.contains(member)
					&& (longest == null || member.length() > longest.length())) {
				longest = member;
			}
		}
		return longest == null ? List.of() : INSTANCE.byChinese.get(longest);
	}

	/**
	 * The groups a Chinese term belongs to, so a Chinese key point also finds its English
	 * synonyms.
	 */
	static List<Group> groupsOfChinese(String term) {
		return INSTANCE.byChinese.getOrDefault(term, List.of());
	}

	/** The groups whose Chinese members occur in the sentences. */
	static Set<Group> chineseGroupsIn(List<Text.Sentence> sentences) {
		StringBuilder text = new StringBuilder();
		sentences.forEach(sentence -> text.append(sentence.folded()).append('\n'));
		Set<Group> found = new LinkedHashSet<>();
		INSTANCE.byChinese.forEach((term, groups) -> {
			if (text.indexOf(term) >= 0) {
				found.addAll(groups);
			}
		});
		return found;
	}

	/**
	 * The groups whose English members occur in the sentences, found by looking up every
	 * run of stems.
	 */
	static Set<Group> englishGroupsIn(List<Text.Sentence> sentences) {
		Set<Group> found = new LinkedHashSet<>();
		for (Text.Sentence sentence : sentences) {
			List<String> stems = sentence.stems();
			for (int start = 0; start < stems.size(); start++) {
				StringBuilder phrase = new StringBuilder();
				for (int end = start; end < stems.size() && end - start < INSTANCE.longestPhrase; end++) {
					if (end > start) {
						phrase.append(' ');
					}
					phrase.append(stems.get(end));
					found.addAll(INSTANCE.byPhrase.getOrDefault(phrase.toString(), List.of()));
				}
			}
		}
		return found;
	}

	/**
	 * The members of one group: English as stemmed token runs, Chinese as plain strings.
	 */
	record Group(List<List<String>> english, List<String> chinese) {
	}

}
