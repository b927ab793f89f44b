package com.designcoach.judge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.designcoach.diagram.Diagrams;

/**
 * Splitting answers into sentences and sentences into comparable tokens, for English and
 * Chinese.
 */
final class Text {

	/**
	 * Sentence ends: Latin punctuation before a space, CJK punctuation anywhere, and line
	 * breaks.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|(?<=[。！？；])|\\n+");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•·>]+|\\(?\\d{1,2}[.)]|[a-z][.)])\\s+");

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with",
			"by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
			"these", "those", "we", "i", "you", "they", "he", "she", "our", "my", "your", "their", "us", "me", "them",
			"will", "would", "should", "could", "can", "may", "might", "must", "shall", "do", "does", "did", "have",
			"has", "had", "not", "no", "so", "if", "then", "than", "but", "also", "into", "about", "such", "each",
			"which", "who", "what", "when", "where", "how", "why", "all", "any", "some", "more", "most", "other", "per",
			"via", "up", "out", "over", "under", "only", "very", "just", "e", "g", "eg", "ie", "etc", "there", "here",
			"both", "one", "two", "use", "using", "used", "make", "sure", "need", "needs", "want", "get", "like",
			"well", "way", "thing", "things", "good", "better", "best", "new", "s", "t");

	/**
	 * Pairs of Chinese characters that are function words or glue ("we", "can",
	 * "through", "this"): as common in answers about anything as English stopwords are.
	 */
	static final Set<String> CHINESE_STOP_BIGRAMS = Set.of("我们", "你们", "他们", "可以", "需要", "进行", "一个", "这个", "那个", "通过",
			"如果", "因为", "所以", "然后", "以及", "或者", "什么", "怎么", "如何", "是否", "时候", "没有", "就是", "还是", "其中", "对于", "这样", "比如",
			"例如", "一些", "这些", "那些", "主要", "已经", "并且", "而且", "但是", "不过", "同时", "之后", "之前", "以上", "以下", "首先", "其次", "最后",
			"另外", "能够", "应该", "必须", "一下", "一定", "非常", "比较", "的是", "是一", "了一", "们的", "我会", "会用", "要求", "问题", "方面", "情况",
			"部分", "方式", "方法", "东西", "一般", "基本", "所有", "每个", "这里", "还有", "也是", "都是", "不是", "只是", "就会", "可能", "来说", "的话",
			"之类", "等等", "上面", "下面", "里面", "其他", "自己");

	private Text() {
	}

	/**
	 * A sentence as it stands in the original text, and its tokens for matching: all
	 * English stems in order (for phrases), and the content terms (English content stems
	 * and Chinese character pairs) for overlap.
	 */
	record Sentence(String original, List<String> stems, String folded, Set<String> terms, int paragraph, int line,
			String meaning, boolean fromDiagram) {

		Sentence(String original, List<String> stems, String folded, Set<String> terms, int paragraph, int line) {
			this(original, stems, folded, Set.copyOf(terms), paragraph, line, original, false);
		}

		/**
		 * A statement of a diagram: quoted as its line ({@code original}), matched on
		 * what it says ({@code meaning}, "Request router → Vector index: top-k
		 * retrieval").
		 */
		static Sentence ofDiagram(String line, String meaning, int paragraph, int row) {
			String folded = fold(meaning);
			return new Sentence(line, Text.stems(folded), folded, Set.copyOf(Text.terms(meaning)), paragraph, row,
					meaning, true);
		}

	}

	/**
	 * The sentences of an answer; a fenced Mermaid diagram gives one per edge or message
	 * ({@link Diagrams}).
	 */
	static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return sentences;
		}
		if (!Diagrams.mayContainDiagram(text)) {
			prose(text, 0, 0, sentences);
			return sentences;
		}
		int[] at = { 0, 0 };
		for (Diagrams.Part part : Diagrams.parts(text)) {
			if (part.diagram() == null) {
				at = prose(part.prose(), at[0], at[1], sentences);
				continue;
			}
			for (Diagrams.Statement statement : part.diagram()) {
				sentences
					.add(Sentence.ofDiagram(statement.line(), statement.meaning(), at[0], at[1] + statement.row()));
			}
			at = new int[] { at[0] + 1, at[1] + part.diagram().get(part.diagram().size() - 1).row() + 1 };
		}
		return sentences;
	}

	/**
	 * Adds the sentences of prose, numbering from the paragraph and line given; answers
	 * the next ones.
	 */
	private static int[] prose(String text, int firstParagraph, int firstLine, List<Sentence> sentences) {
		String[] paragraphs = PARAGRAPH_BREAK.split(text);
		int line = firstLine;
		for (int p = 0; p < paragraphs.length; p++) {
			for (String row : paragraphs[p].split("\n")) {
				line++;
				for (String piece : SENTENCE_END.split(row)) {
					String original = LIST_MARKER.matcher(piece).replaceFirst("").strip();
					if (original.isEmpty()) {
						continue;
					}
					String folded = fold(original);
					sentences.add(new Sentence(original, stems(folded), folded, Set.copyOf(terms(original)),
							firstParagraph + p, line));
				}
			}
		}
		return new int[] { firstParagraph + paragraphs.length, line };
	}

	/** Lower case, full-width forms made ASCII, so "ＧＰＵ" and "gpu" compare equal. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	static List<String> stems(String folded) {
		List<String> stems = new ArrayList<>();
		Matcher matcher = WORD.matcher(folded);
		while (matcher.find()) {
			stems.add(Stemmer.stem(matcher.group()));
		}
		return stems;
	}

	/**
	 * Content stems: no stopwords and nothing shorter than three letters, unless it
	 * carries a digit.
	 */
	static List<String> contentStems(String text) {
		List<String> content = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			String word = matcher.group();
			if (STOPWORDS.contains(word) || (word.length() < 3 && word.chars().noneMatch(Character::isDigit))) {
				continue;
			}
			content.add(Stemmer.stem(word));
		}
		return content;
	}

	/**
	 * Content stems of the English and content character pairs of the Chinese in a text.
	 */
	static List<String> terms(String text) {
		List<String> terms = contentStems(text);
		for (String bigram : cjkBigrams(fold(text))) {
			if (!CHINESE_STOP_BIGRAMS.contains(bigram)) {
				terms.add(bigram);
			}
		}
		return terms;
	}

	/**
	 * Overlapping pairs of Chinese characters: the usual stand-in for words in
	 * unsegmented text.
	 */
	static List<String> cjkBigrams(String text) {
		List<String> bigrams = new ArrayList<>();
		int[] cps = text.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			if (isHan(cps[i]) && isHan(cps[i + 1])) {
				bigrams.add(new String(cps, i, 2));
			}
		}
		return bigrams;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	static boolean hasCjk(CharSequence text) {
		return text.codePoints().anyMatch(Text::isHan);
	}

	/**
	 * Whether Chinese carries more of the text than English does (two characters to a
	 * word).
	 */
	static boolean mostlyChinese(CharSequence text) {
		return hanCount(text) / 2 > englishWordCount(text.toString());
	}

	static int wordCount(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		// A Chinese character carries about as much as an English word does in these
		// answers, halved.
		return englishWordCount(text) + (int) (hanCount(text) / 2);
	}

	private static int englishWordCount(String text) {
		int words = 0;
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			words++;
		}
		return words;
	}

	private static long hanCount(CharSequence text) {
		return text.codePoints().filter(Text::isHan).count();
	}

	/** Whether {@code needle} occurs in {@code haystack} as a contiguous run. */
	static boolean containsRun(List<String> haystack, List<String> needle) {
		if (needle.isEmpty() || needle.size() > haystack.size()) {
			return false;
		}
		outer: for (int i = 0; i + needle.size() <= haystack.size(); i++) {
			for (int j = 0; j < needle.size(); j++) {
				if (!haystack.get(i + j).equals(needle.get(j))) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
