package com.designcoach.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.designcoach.config.AppProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Browser sessions as signed cookies. Nothing is looked up to read one, so any instance
 * serves any session as long as they share the signing key, which lives in the database.
 * A cookie lapses {@code app.session.timeout} after it was last renewed; signing out
 * revokes its session id everywhere.
 */
@Component
class BrowserSessions {

	static final String COOKIE = "SESSION_ID";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SessionRevocations revocations;

	private final Duration timeout;

	private final Duration renewAfter;

	private volatile byte[] key;

	BrowserSessions(JdbcClient jdbc, SessionRevocations revocations, AppProperties properties) {
		this.jdbc = jdbc;
		this.revocations = revocations;
		this.timeout = properties.session().timeout();
		this.renewAfter = properties.session().renewAfter();
	}

	/** Starts a session for someone who just proved who they are. */
	void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		Instant now = Instant.now();
		SessionTicket ticket = new SessionTicket(Base64.getUrlEncoder().withoutPadding().encodeToString(id),
				authentication.getName(), Role.namesIn(authentication.getAuthorities()), now, now.plus(timeout));
		write(ticket, request, response);
	}

	/**
	 * Who the request's session cookie says it is, if the cookie is ours, unexpired and not
	 * signed out; renews the cookie when it is old enough, so an active user stays in.
	 */
	Optional<Authentication> authenticate(HttpServletRequest request, HttpServletResponse response) {
		return current(request).map(ticket -> {
			Instant now = Instant.now();
			if (ticket.issuedAt().plus(renewAfter).isBefore(now)) {
				write(ticket.renewed(now, now.plus(timeout)), request, response);
			}
			List<SimpleGrantedAuthority> authorities = ticket.roles().stream().map(SimpleGrantedAuthority::new).toList();
			return UsernamePasswordAuthenticationToken.authenticated(ticket.username(), null, authorities);
		});
	}

	/** Revokes the request's session, on every instance, and tells the browser to drop it. */
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		// Any cookie with this id was issued by now, so none outlives now + timeout.
		current(request).ifPresent(ticket -> revocations.revoke(ticket.id(), Instant.now().plus(timeout)));
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request).maxAge(0).build().toString());
	}

	private Optional<SessionTicket> current(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return SessionTicket.verify(cookie.getValue(), key())
					.filter(ticket -> ticket.expiresAt().isAfter(Instant.now()))
					.filter(ticket -> !revocations.isRevoked(ticket.id()));
			}
		}
		return Optional.empty();
	}

	private void write(SessionTicket ticket, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(ticket.sign(key()), request).build().toString());
	}

	/** A browser-session cookie (no Max-Age): it goes when the browser closes or the ticket expires. */
	private static ResponseCookie.ResponseCookieBuilder cookie(String value, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure());
	}

	/** The signing key every instance shares: the first instance to need it makes it. */
	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			synchronized (this) {
				if (key == null) {
					byte[] fresh = new byte[32];
					RANDOM.nextBytes(fresh);
					jdbc.sql("INSERT INTO session_signing_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
						.param("secret", fresh)
						.update();
					key = jdbc.sql("SELECT secret FROM session_signing_key WHERE id = 1").query(byte[].class).single();
				}
				current = key;
			}
		}
		return current;
	}

}
