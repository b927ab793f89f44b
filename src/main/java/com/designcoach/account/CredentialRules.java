package com.designcoach.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a username and a password may look like, checked before anything is looked up,
 * hashed or stored, so that a megabyte of "username" costs a regex and nothing else.
 */
final class CredentialRules {

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD = 128;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

	/**
	 * Names that read as the operator's. {@code admin} is made at start, but reserving
	 * the family also closes the window in which a registration could take it first.
	 */
	private static final Set<String> RESERVED = Set.of("admin", "administrator", "root", "superuser", "sysadmin",
			"system", "sys", "operator", "support", "security", "moderator", "staff", "owner", "postmaster",
			"webmaster", "hostmaster", "designcoach", "design-coach", "anonymous", "null", "undefined");

	private CredentialRules() {
	}

	static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	/** Whether a (normalized) name could belong to an account. */
	static boolean wellFormedUsername(String username) {
		return username.length() <= 32 && USERNAME.matcher(username).matches();
	}

	/**
	 * Reserved names, and their spellings with separators or digits: {@code Admin_1},
	 * {@code r.o.o.t}.
	 */
	static boolean reserved(String username) {
		String core = username.replaceAll("[._\\-0-9]", "");
		return RESERVED.contains(username) || RESERVED.contains(core) || core.startsWith("admin");
	}

	/** Whether a password is within the contract's 10 to 128 code points. */
	static boolean acceptablePassword(String password) {
		return password != null && password.length() <= 2 * MAX_PASSWORD
				&& withinCodePoints(password, MIN_PASSWORD, MAX_PASSWORD);
	}

	/**
	 * Whether a sign-in could possibly match: no stored password is longer than 128 code
	 * points, so a longer one is refused unhashed. (No lower bound: an operator may have
	 * set a short {@code APP_ADMIN_PASSWORD}.)
	 */
	static boolean plausiblePassword(String password) {
		return password != null && !password.isEmpty() && password.length() <= 2 * MAX_PASSWORD
				&& withinCodePoints(password, 1, MAX_PASSWORD);
	}

	private static boolean withinCodePoints(String password, int min, int max) {
		int length = password.codePointCount(0, password.length());
		return length >= min && length <= max;
	}

}
