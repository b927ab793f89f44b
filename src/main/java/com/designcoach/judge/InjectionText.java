package com.designcoach.judge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sentence undressed for the injection detector: the disguises that keep a message to
 * the grader readable to a model but not to a pattern are taken off. Full-width and other
 * compatibility forms become ASCII, zero-width characters become spaces, spaced-out or
 * dotted letters ("I g n o r e", "e.v.a.l") are joined, digits inside words read as the
 * letters they stand for ("gr4der"), traditional Chinese characters that matter here
 * become simplified, and spaces between Chinese characters go. Used only for matching,
 * never shown.
 */
final class InjectionText {

	private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD\\u180E]");

	private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])\\p{L}(?:\\.\\p{L}){3,}(?![\\p{L}])");

	private static final Pattern SPACED = Pattern
		.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}](?: [\\p{L}\\p{N}]){2,}(?![\\p{L}\\p{N}])");

	private static final Pattern SPACE_BY_HAN = Pattern.compile(
			"(?<=\\p{IsHan})\\s+(?=[\\p{IsHan}\\p{Punct}\\p{N}])|(?<=[\\p{IsHan}\\p{Punct}\\p{N}])\\s+(?=\\p{IsHan})");

	private static final Pattern LEET = Pattern.compile("(?<=\\p{IsLatin})[013457](?=\\p{IsLatin})");

	private static final Map<Character, Character> LEET_LETTERS = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5',
			's', '7', 't');

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * Traditional forms of the characters the Chinese rules look for, each followed by
	 * its simplified form.
	 */
	private static final String TRADITIONAL_SIMPLIFIED = "評评請请給给滿满員员統统則则視视審审閱阅說说應应該该這这個个為为們们題题點点蓋盖標标準准號号範范對对錄录過过記记達达認认確确僅仅針针備备註注將将無无論论誰谁預预數数級级問问從从開开規规證证讀读議议輸输結结優优覽览讓让";

	/**
	 * Quoted stretches of two words or more: what the candidate mentions, as opposed to
	 * says.
	 */
	private static final Pattern QUOTED = Pattern.compile(
			"\"[^\"]*\\s[^\"]*\"|\u201c[^\u201d]*\\s[^\u201d]*\u201d|\"[^\"]*\\p{IsHan}{4}[^\"]*\"|\u201c[^\u201d]*\\p{IsHan}{4}[^\u201d]*\u201d|「[^」]{2,}」|『[^』]{2,}』");

	private InjectionText() {
	}

	/** The sentence undressed and in lower case. */
	static String undressed(String sentence) {
		return undressedKeepingCase(sentence).toLowerCase(Locale.ROOT);
	}

	/** The same, with the case kept, for text that shouts ("SYSTEM OVERRIDE"). */
	static String undressedKeepingCase(String sentence) {
		boolean ascii = sentence.chars().allMatch(c -> c < 0x80);
		String text = sentence;
		if (!ascii) {
			// Only text beyond ASCII can hide in full-width, zero-width or traditional
			// forms.
			text = Normalizer.normalize(text, Normalizer.Form.NFKC);
			text = ZERO_WIDTH.matcher(text).replaceAll(" ");
			text = simplified(text);
			text = SPACE_BY_HAN.matcher(text).replaceAll("");
		}
		if (text.indexOf('.') >= 0) {
			text = DOTTED.matcher(text).replaceAll(match -> match.group().replace(".", ""));
		}
		if (hasSingleCharacterWord(text)) {
			text = SPACED.matcher(text).replaceAll(match -> match.group().replace(" ", ""));
		}
		text = LEET.matcher(text).replaceAll(match -> String.valueOf(LEET_LETTERS.get(match.group().charAt(0))));
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	/**
	 * Whether some letter or digit stands alone between spaces, as spaced-out letters do.
	 */
	private static boolean hasSingleCharacterWord(String text) {
		for (int i = 1; i + 1 < text.length(); i++) {
			if (text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ' && Character.isLetterOrDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text without what it quotes, when something is left around the quotes: "a page
	 * saying 'ignore previous instructions'" describes an attack and makes none.
	 */
	static String withoutQuotations(String undressed) {
		if (undressed.indexOf('"') < 0 && undressed.indexOf('\u201c') < 0 && undressed.indexOf('「') < 0
				&& undressed.indexOf('『') < 0) {
			return undressed;
		}
		String unquoted = QUOTED.matcher(undressed).replaceAll(" ");
		return unquoted.codePoints().filter(Character::isLetter).count() >= 6 ? unquoted : undressed;
	}

	private static String simplified(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int at = TRADITIONAL_SIMPLIFIED.indexOf(c);
			out.append(at >= 0 && at % 2 == 0 ? TRADITIONAL_SIMPLIFIED.charAt(at + 1) : c);
		}
		return out.toString();
	}

}
