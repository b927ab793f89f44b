package com.designcoach.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;
import com.designcoach.web.RateLimitedException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts and looks them up; passwords are stored only as adaptive hashes. */
@Service
public class AccountService {

	static final String ADMIN_USERNAME = "admin";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Map<String, Long> ids = new ConcurrentHashMap<>();

	private final LoginThrottle throttle;

	private final RegistrationThrottle registrations;

	private final TransactionTemplate transaction;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			RegistrationThrottle registrations, PlatformTransactionManager transactions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.registrations = registrations;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Not one transaction on purpose: the registration counter must count even when the
	 * name turns out to be taken; the unique index settles a race between two
	 * registrations.
	 */
	Me register(String rawUsername, String password, String address) {
		String username = normalize(rawUsername);
		List<FieldError> errors = new ArrayList<>();
		if (!CredentialRules.wellFormedUsername(username)) {
			errors.add(new FieldError("username", "must be 3 to 32 of a-z, 0-9, '.', '_' or '-'"));
		}
		else if (CredentialRules.reserved(username)) {
			errors.add(new FieldError("username", "is reserved"));
		}
		if (!CredentialRules.acceptablePassword(password)) {
			errors.add(new FieldError("password", PASSWORD_RULE));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		registrations.admit(address);
		if (users.existsByUsername(username)) {
			throw ApiException.conflict("The username " + username + " is taken");
		}
		AppUser user = users
			.saveAndFlush(new AppUser(username, passwordEncoder.encode(password), List.of(Role.CANDIDATE)));
		return new Me(user.username(), user.roles());
	}

	/**
	 * Replaces the password of a signed-in user who knows the current one. Wrong guesses
	 * count against the sign-in throttle, as a stolen session must not become a way to
	 * guess the password.
	 *
	 * <p>
	 * Not one transaction on purpose: a wrong guess is recorded and then refused with an
	 * exception, which would roll a surrounding transaction (and the count with it) back.
	 * Only the new hash is written in a transaction, after the (slow) hashing, so no
	 * connection is held while it runs.
	 */
	void changePassword(String username, String currentPassword, String newPassword, String address) {
		if (!CredentialRules.acceptablePassword(newPassword)) {
			throw ApiException.invalid("newPassword", PASSWORD_RULE);
		}
		String name = normalize(username);
		LoginThrottle.Verdict verdict = throttle.check(name, address);
		verdict.refusedFor().ifPresent(wait -> {
			throw RateLimitedException.after(wait,
					"Too many wrong passwords; try again in " + Math.max(1, wait.toMinutes()) + " minutes");
		});
		if (!verdict.awaitSlot()) {
			throw RateLimitedException.after(verdict.delay(), "Interrupted; try again");
		}
		AppUser user = users.findByUsername(name).orElseThrow(() -> ApiException.notFound("Account", username));
		if (!CredentialRules.plausiblePassword(currentPassword)
				|| !passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throttle.recordFailure(user.username(), address);
			throw ApiException.invalid("currentPassword", "is not your current password");
		}
		String hash = passwordEncoder.encode(newPassword);
		transaction.executeWithoutResult(status -> users.findByUsername(name)
			.orElseThrow(() -> ApiException.notFound("Account", username))
			.changePasswordHash(hash));
	}

	private static final String PASSWORD_RULE = "must be 10 to 128 characters";

	/**
	 * The id behind a signed-in username; features key their data by it. Accounts are
	 * never renamed or deleted, so the answer is kept after the first look-up. No
	 * transaction of its own: a cache hit (every request after the first) would otherwise
	 * take a connection and run BEGIN and COMMIT for nothing; the repository reads in its
	 * own.
	 */
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
		return CredentialRules.normalize(username);
	}

}
