package com.designcoach.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.designcoach.config.AppProperties;
import com.designcoach.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BrowserSessionsTest {

	private final SessionSigningKey key = mock(SessionSigningKey.class);

	private final SessionRevocations revocations = mock(SessionRevocations.class);

	private final Map<String, UserDetails> accounts = new HashMap<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

	private final BrowserSessions sessions = new BrowserSessions(key, revocations, this::account,
			new AppProperties.Session(Duration.ofHours(12), Duration.ofMinutes(10), Duration.ofSeconds(1)), clock);

	BrowserSessionsTest() {
		when(key.get()).thenReturn("a-test-key-of-thirty-two-bytes!!".getBytes());
		saveAccount("alice", "{bcrypt}hash-1", "CANDIDATE");
	}

	@Test
	void aSignedInCookieAuthenticatesWithTheAccountsRoles() {
		String cookie = signIn("alice");
		Authentication authentication = authenticate(cookie).orElseThrow();
		assertThat(authentication.getName()).isEqualTo("alice");
		assertThat(Role.namesIn(authentication.getAuthorities())).containsExactly("CANDIDATE");
	}

	@Test
	void eachSignInIsANewSession() {
		assertThat(signIn("alice")).isNotEqualTo(signIn("alice"));
	}

	@Test
	void anActiveSessionIsRenewedAndAnIdleOneLapses() {
		String cookie = signIn("alice");
		clock.advance(Duration.ofMinutes(11));
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(authenticate(cookie, response)).isPresent();
		String renewed = sessionCookieIn(response);
		assertThat(renewed).isNotNull().isNotEqualTo(cookie);

		clock.advance(Duration.ofHours(12).minusMinutes(1));
		assertThat(authenticate(cookie)).as("the first cookie has lapsed").isEmpty();
		assertThat(authenticate(renewed)).as("the renewed one has not").isPresent();
		clock.advance(Duration.ofMinutes(2));
		assertThat(authenticate(renewed)).isEmpty();
	}

	@Test
	void aCookieYoungerThanTheRenewalAgeIsNotRewritten() {
		String cookie = signIn("alice");
		clock.advance(Duration.ofMinutes(5));
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(authenticate(cookie, response)).isPresent();
		assertThat(sessionCookieIn(response)).isNull();
	}

	@Test
	void renewalTakesRolesAfreshAndEndsTheSessionOfAChangedPasswordOrAGoneAccount() {
		String cookie = signIn("alice");
		saveAccount("alice", "{bcrypt}hash-1", "ADMIN", "CANDIDATE");
		clock.advance(Duration.ofMinutes(11));
		assertThat(Role.namesIn(authenticate(cookie).orElseThrow().getAuthorities())).containsExactly("ADMIN",
				"CANDIDATE");

		saveAccount("alice", "{bcrypt}hash-2", "CANDIDATE");
		assertThat(authenticate(cookie)).as("password changed").isEmpty();

		String fresh = signIn("alice");
		accounts.clear();
		clock.advance(Duration.ofMinutes(11));
		assertThat(authenticate(fresh)).as("account gone").isEmpty();
	}

	@Test
	void signingOutRevokesTheSessionUntilEveryCopyHasExpiredAndClearsTheCookie() {
		String cookie = signIn("alice");
		String id = SessionTicket.verify(cookie, key.get()).orElseThrow().id();
		MockHttpServletResponse response = new MockHttpServletResponse();
		sessions.signOut(requestWith(cookie), response);
		verify(revocations).revoke(id, clock.instant().plus(Duration.ofHours(12)));
		assertThat(response.getHeader("Set-Cookie")).contains("SESSION_ID=;").contains("Max-Age=0");

		when(revocations.isRevoked(id)).thenReturn(true);
		assertThat(authenticate(cookie)).isEmpty();
	}

	@Test
	void signingInAgainRevokesTheSessionTheBrowserHeld() {
		String first = signIn("alice");
		String id = SessionTicket.verify(first, key.get()).orElseThrow().id();
		MockHttpServletResponse response = new MockHttpServletResponse();
		sessions.signIn(UsernamePasswordAuthenticationToken.authenticated("alice", null, List.of()), requestWith(first),
				response);
		verify(revocations).revoke(id, clock.instant().plus(Duration.ofHours(12)));
		assertThat(sessionCookieIn(response)).isNotEqualTo(first);
	}

	@Test
	void theCookieIsHttpOnlyLaxAndSecureBehindTls() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		sessions.signIn(UsernamePasswordAuthenticationToken.authenticated("alice", null, List.of()), request, response);
		assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Secure")
			.doesNotContain("Max-Age");
	}

	@Test
	void aRequestWithoutOurCookieIsNobody() {
		assertThat(sessions.authenticate(new MockHttpServletRequest(), new MockHttpServletResponse())).isEmpty();
		assertThat(authenticate("forged.cookie")).isEmpty();
		sessions.signOut(new MockHttpServletRequest(), new MockHttpServletResponse());
		verify(revocations, org.mockito.Mockito.never()).revoke(anyString(), any());
	}

	private String signIn(String username) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		sessions.signIn(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()),
				new MockHttpServletRequest(), response);
		return sessionCookieIn(response);
	}

	private Optional<Authentication> authenticate(String cookie) {
		return authenticate(cookie, new MockHttpServletResponse());
	}

	private Optional<Authentication> authenticate(String cookie, MockHttpServletResponse response) {
		return sessions.authenticate(requestWith(cookie), response);
	}

	private static MockHttpServletRequest requestWith(String cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("SESSION_ID", cookie));
		return request;
	}

	private static String sessionCookieIn(MockHttpServletResponse response) {
		Cookie cookie = response.getCookie("SESSION_ID");
		return cookie == null ? null : cookie.getValue();
	}

	private void saveAccount(String username, String passwordHash, String... roles) {
		accounts.put(username, User.withUsername(username).password(passwordHash).authorities(roles).build());
	}

	private UserDetails account(String username) {
		UserDetails account = accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("No such account");
		}
		return account;
	}

}
