package com.designcoach.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and looks them up; passwords are stored only as adaptive hashes. */
@Service
public class AccountService {

	static final String ADMIN_USERNAME = "admin";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Map<String, Long> ids = new ConcurrentHashMap<>();

	private final LoginThrottle throttle;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
	}

	@Transactional
	AccountDtos.Me register(String rawUsername, String password) {
		String username = normalize(rawUsername);
		List<FieldError> errors = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username", "must be 3 to 32 of a-z, 0-9, '.', '_' or '-'"));
		}
		if (!acceptablePassword(password)) {
			errors.add(new FieldError("password", PASSWORD_RULE));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		if (users.existsByUsername(username)) {
			throw ApiException.conflict("The username " + username + " is taken");
		}
		AppUser user = users.saveAndFlush(new AppUser(username, passwordEncoder.encode(password), List.of(Role.CANDIDATE)));
		return new AccountDtos.Me(user.username(), user.roles());
	}

	/**
	 * Replaces the password of a signed-in user who knows the current one. Wrong guesses
	 * count against the sign-in throttle, as a stolen session must not become a way to
	 * guess the password.
	 */
	@Transactional
	void changePassword(String username, String currentPassword, String newPassword, String address) {
		AppUser user = users.findByUsername(normalize(username)).orElseThrow(() -> ApiException.notFound("Account", username));
		if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throttle.recordFailure(user.username(), address).ifPresent(wait -> {
				throw ApiException.tooManyRequests("Too many wrong passwords; try again in " + wait.toMinutes() + " minutes");
			});
			throw ApiException.invalid("currentPassword", "is not your current password");
		}
		if (!acceptablePassword(newPassword)) {
			throw ApiException.invalid("newPassword", PASSWORD_RULE);
		}
		user.changePasswordHash(passwordEncoder.encode(newPassword));
	}

	private static final String PASSWORD_RULE = "must be 10 to 128 characters";

	private static boolean acceptablePassword(String password) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		return length >= 10 && length <= 128;
	}

	/**
	 * The id behind a signed-in username; features key their data by it. Accounts are never
	 * renamed or deleted, so the answer is kept after the first look-up.
	 */
	@Transactional(readOnly = true)
	public long idOf(String username) {
		String name = normalize(username);
		Long cached = ids.get(name);
		if (cached != null) {
			return cached;
		}
		long id = users.findByUsername(name)
			.map(AppUser::id)
			.orElseThrow(() -> ApiException.notFound("Account", username));
		if (ids.size() > 100_000) {
			ids.clear();
		}
		ids.put(name, id);
		return id;
	}

	static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
