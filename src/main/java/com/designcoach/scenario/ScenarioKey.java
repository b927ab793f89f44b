package com.designcoach.scenario;

/**
 * How a path or a request names a scenario: by its id when the text is all digits, by its
 * slug otherwise. Slugs may not be all digits ({@link ScenarioValidator}), so the two
 * never clash.
 *
 * @param id the id, or null when the text names a slug
 * @param text the text as given, for the slug lookup and the not-found message
 */
record ScenarioKey(Long id, String text) {

	/**
	 * Past 18 digits a number may not fit a long; no id gets that long, so it is looked
	 * up as a slug.
	 */
	private static final int MAX_ID_DIGITS = 18;

	static ScenarioKey parse(String idOrSlug) {
		boolean id = !idOrSlug.isEmpty() && allDigits(idOrSlug) && idOrSlug.length() <= MAX_ID_DIGITS;
		return new ScenarioKey(id ? Long.parseLong(idOrSlug) : null, idOrSlug);
	}

	static boolean allDigits(String text) {
		return text.chars().allMatch(Character::isDigit);
	}

	boolean isId() {
		return id != null;
	}

}
