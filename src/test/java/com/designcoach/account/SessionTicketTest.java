package com.designcoach.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTicketTest {

	private static final byte[] KEY = "a-test-key-of-thirty-two-bytes!!".getBytes();

	private final SessionTicket ticket = new SessionTicket("c2Vzc2lvbi1pZA", "alice.b-c_d",
			List.of("ADMIN", "CANDIDATE"), "Y3JlZGVudGlhbHM", Instant.ofEpochSecond(1_800_000_000L),
			Instant.ofEpochSecond(1_800_043_200L));

	@Test
	void readsBackWhatItSigned() {
		assertThat(SessionTicket.verify(ticket.sign(KEY), KEY)).contains(ticket);
	}

	@Test
	void refusesAnotherKeysSignature() {
		assertThat(SessionTicket.verify(ticket.sign("another-key-of-thirty-two-bytes!".getBytes()), KEY)).isEmpty();
	}

	@Test
	void refusesAnyChangedCharacter() {
		String cookie = ticket.sign(KEY);
		for (int i = 0; i < cookie.length(); i++) {
			char changed = cookie.charAt(i) == 'A' ? 'B' : 'A';
			String altered = cookie.substring(0, i) + changed + cookie.substring(i + 1);
			assertThat(SessionTicket.verify(altered, KEY)).as("changed at %d", i).isEmpty();
		}
	}

	@Test
	void refusesWhatIsNotACookieOfOurs() {
		String cookie = ticket.sign(KEY);
		for (String value : List.of("", ".", "abc", "abc.", ".abc", "a.b.c", "%%%.%%%", cookie + "." + cookie,
				cookie.substring(0, cookie.indexOf('.')), "x".repeat(10_000))) {
			assertThat(SessionTicket.verify(value, KEY)).as(value).isEmpty();
		}
		assertThat(SessionTicket.verify(null, KEY)).isEmpty();
	}

}
