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

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	AccountDtos.Me register(String rawUsername, String password) {
		String username = normalize(rawUsername);
		List<FieldError> errors = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username", "must be 3 to 32 of a-z, 0-9, '.', '_' or '-'"));
		}
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < 10 || length > 128) {
			errors.add(new FieldError("password", "must be 10 to 128 characters"));
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
