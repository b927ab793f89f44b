package com.designcoach.account;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key browser-session cookies are signed with. Every instance must sign with the same
 * one, so it lives in the database: the first instance to need it makes it, the others
 * read it. Read once, then kept; it never appears in a log or a response.
 */
@Component
class SessionSigningKey {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private volatile byte[] key;

	SessionSigningKey(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	byte[] get() {
		byte[] current = key;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (key == null) {
				byte[] fresh = new byte[32];
				RANDOM.nextBytes(fresh);
				jdbc.sql("INSERT INTO session_signing_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
					.param("secret", fresh)
					.update();
				key = jdbc.sql("SELECT secret FROM session_signing_key WHERE id = 1").query(byte[].class).single();
			}
			return key;
		}
	}

}
