package com.designcoach.account;

import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are hashed. New hashes are Argon2id, which has no length limit (bcrypt
 * refuses passwords over 72 bytes, and 25 Chinese characters already are); existing
 * bcrypt and PBKDF2 hashes still verify and are upgraded when their owner signs in.
 *
 * <p>
 * An Argon2 hash holds 16 MB while it runs, so hashing is bounded to a few at a time: a
 * flood of sign-ins queues for the permits instead of exhausting the heap.
 */
final class Passwords implements PasswordEncoder {

	private static final String DEFAULT = "argon2";

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	private Passwords(PasswordEncoder delegate, int concurrency) {
		this.delegate = delegate;
		this.permits = new Semaphore(concurrency, true);
	}

	static Passwords create() {
		var encoders = Map.<String, PasswordEncoder>of(DEFAULT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder(), "pbkdf2",
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		int concurrency = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
		return new Passwords(new DelegatingPasswordEncoder(DEFAULT, encoders), concurrency);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		permits.acquireUninterruptibly();
		try {
			return delegate.encode(rawPassword);
		}
		finally {
			permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		permits.acquireUninterruptibly();
		try {
			return delegate.matches(rawPassword, encodedPassword);
		}
		catch (IllegalArgumentException ex) {
			// bcrypt refuses passwords over 72 bytes; no such password can match a bcrypt
			// hash.
			return false;
		}
		finally {
			permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

}
