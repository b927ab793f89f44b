package com.designcoach.judge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The glossary file is data that people edit: it must hold whole groups, and each term
 * must mean one thing.
 */
class GlossaryTest {

	/**
	 * Terms that stand in two groups once stemmed and folded as the lookups read them,
	 * each with its groups' first members. They were in the glossary before it became a
	 * file, and merging their groups would change what keywords match, so grades: each is
	 * allowed here, and a new one must be added on purpose (or the groups merged, with
	 * the quality report showing the effect).
	 */
	private static final Map<String, List<String>> ALLOWED_IN_TWO_GROUPS = Map.of(
			// "filtering" (cleaning a corpus) and "filter" (a metadata filter on
			// retrieval) stem alike;
			// keywords about either have always matched both.
			"filt", List.of("data cleaning", "metadata filter"));

	@Test
	void everyLineIsAGroupOfNonEmptyTermsOrAComment() throws IOException {
		List<String> lines;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(Glossary.RESOURCE)) {
			assertThat(in).as(Glossary.RESOURCE).isNotNull();
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		int groups = 0;
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			groups++;
			List<String> terms = List.of(line.split(" \\| ", -1));
			assertThat(terms).as(line).hasSizeGreaterThanOrEqualTo(2).allSatisfy(term -> {
				assertThat(term).as(line).isNotBlank().isEqualTo(term.strip()).doesNotContain("|");
			});
		}
		assertThat(Glossary.read(Glossary.RESOURCE)).hasSize(groups);
		assertThat(Glossary.groups()).hasSize(groups).doesNotHaveDuplicates();
	}

	@Test
	void noTermStandsInTwoGroupsOnceNormalisedUnlessAllowed() {
		assertThat(termsInSeveralGroups()).isEqualTo(ALLOWED_IN_TWO_GROUPS);
	}

	@Test
	void aMissingGlossaryFailsLoudly() {
		assertThatIllegalStateException().isThrownBy(() -> Glossary.read("judge/no-such-glossary.txt"))
			.withMessageContaining("no-such-glossary");
	}

	/**
	 * Each term held by more than one group, keyed as the lookups key it, with the first
	 * member of each of its groups.
	 */
	private static Map<String, List<String>> termsInSeveralGroups() {
		List<List<String>> written = Glossary.read(Glossary.RESOURCE);
		Map<String, Set<Integer>> groupsOf = new LinkedHashMap<>();
		for (int i = 0; i < written.size(); i++) {
			for (String term : written.get(i)) {
				groupsOf.computeIfAbsent(Glossary.key(term), key -> new LinkedHashSet<>()).add(i);
			}
		}
		Map<String, List<String>> several = new TreeMap<>();
		groupsOf.forEach((key, groups) -> {
			if (groups.size() > 1) {
				List<String> firsts = new ArrayList<>();
				groups.forEach(group -> firsts.add(written.get(group).get(0)));
				several.put(key, firsts);
			}
		});
		return several;
	}

}
