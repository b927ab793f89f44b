package com.designcoach.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.designcoach.config.AppProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Browser sessions as signed cookies. Reading one needs no database, so any instance
 * serves any session as long as they share the signing key. A cookie lapses
 * {@code app.session.timeout} after it was last renewed. Renewal, at most every
 * {@code app.session.renew-after}, is when the account is looked at again: its roles are
 * taken afresh, and a deleted account or a changed password ends the session. Signing out
 * revokes the session id everywhere.
 */
@Component
class BrowserSessions {

	static final String COOKIE = "SESSION_ID";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SessionSigningKey key;

	private final SessionRevocations revocations;

	private final UserDetailsService accounts;

	private final Duration timeout;

	private final Duration renewAfter;

	private final Clock clock;

	@Autowired
	BrowserSessions(SessionSigningKey key, SessionRevocations revocations, UserDetailsService accounts,
			AppProperties properties) {
		this(key, revocations, accounts, properties.session(), Clock.systemUTC());
	}

	BrowserSessions(SessionSigningKey key, SessionRevocations revocations, UserDetailsService accounts,
			AppProperties.Session settings, Clock clock) {
		this.key = key;
		this.revocations = revocations;
		this.accounts = accounts;
		this.timeout = settings.timeout();
		this.renewAfter = settings.renewAfter();
		this.clock = clock;
	}

	/**
	 * Starts a session for someone who just proved who they are. A session this browser
	 * still held is revoked, so its cookie, wherever a copy went, stops working too.
	 */
	void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		current(request).ifPresent(previous -> revocations.revoke(previous.id(), clock.instant().plus(timeout)));
		UserDetails account = accounts.loadUserByUsername(authentication.getName());
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		write(ticketFor(account, BASE64.encodeToString(id)), request, response);
	}

	/**
	 * Who the request's session cookie says it is, if the cookie is ours, unexpired and
	 * not signed out; renews the cookie when it is old enough, so an active user stays
	 * in.
	 */
	Optional<Authentication> authenticate(HttpServletRequest request, HttpServletResponse response) {
		Optional<SessionTicket> valid = current(request);
		if (valid.isPresent() && valid.get().issuedAt().plus(renewAfter).isBefore(clock.instant())) {
			valid = renew(valid.get());
			valid.ifPresent(ticket -> write(ticket, request, response));
		}
		return valid.map(ticket -> UsernamePasswordAuthenticationToken.authenticated(ticket.username(), null,
				ticket.roles().stream().map(SimpleGrantedAuthority::new).toList()));
	}

	/**
	 * After a password change: every session of the account issued before now ends, on
	 * every instance; the browser that made the change, if it is one, gets a new session.
	 */
	void passwordChanged(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		revocations.revokeAllOf(authentication.getName(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
		if (!SecurityConfig.usesBasicAuth(request)) {
			signIn(authentication, request, response);
		}
	}

	/**
	 * Revokes the request's session, on every instance, and tells the browser to drop it.
	 */
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request).maxAge(0).build().toString());
		// Any cookie with this id was issued by now, so none outlives now + timeout.
		current(request).ifPresent(ticket -> revocations.revoke(ticket.id(), clock.instant().plus(timeout)));
	}

	private Optional<SessionTicket> renew(SessionTicket ticket) {
		UserDetails account;
		try {
			account = accounts.loadUserByUsername(ticket.username());
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
		if (!credentialsStamp(account).equals(ticket.credentials())) {
			return Optional.empty(); // the password changed since this session signed in
		}
		return Optional.of(ticketFor(account, ticket.id()));
	}

	private SessionTicket ticketFor(UserDetails account, String sessionId) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return new SessionTicket(sessionId, account.getUsername(), Role.namesIn(account.getAuthorities()),
				credentialsStamp(account), now, now.plus(timeout));
	}

	/**
	 * A keyed digest of the stored password hash: it changes when the password does, and
	 * tells the cookie's holder nothing about the hash.
	 */
	private String credentialsStamp(UserDetails account) {
		byte[] digest = SessionTicket.hmac(key.get(), "credentials|" + account.getPassword());
		return BASE64.encodeToString(Arrays.copyOf(digest, 12));
	}

	private Optional<SessionTicket> current(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return Optional.empty();
		}
		return SessionTicket.verify(cookie.getValue(), key.get())
			.filter(ticket -> ticket.expiresAt().isAfter(clock.instant()))
			.filter(ticket -> !revocations.isRevoked(ticket.id()))
			.filter(ticket -> !revocations.predatesPasswordChange(ticket.username(), ticket.issuedAt()));
	}

	private void write(SessionTicket ticket, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(ticket.sign(key.get()), request).build().toString());
	}

	/**
	 * A browser-session cookie (no Max-Age): it goes when the browser closes or the
	 * ticket expires.
	 */
	private static ResponseCookie.ResponseCookieBuilder cookie(String value, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure());
	}

}
