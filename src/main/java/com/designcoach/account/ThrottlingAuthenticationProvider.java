package com.designcoach.account;

import com.designcoach.web.TooManyAttemptsException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (for the login endpoint and HTTP Basic alike), in this order: the form
 * of the name and password (a name that cannot exist is refused at once, with nothing
 * looked up or hashed); the throttle (a pair or address over its limit answers 429
 * without the password being checked; an account with many failures waits first); then
 * the hash.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = CredentialRules.normalize(authentication.getName());
		Object password = authentication.getCredentials();
		if (!CredentialRules.wellFormedUsername(username) || !(password instanceof String text)
				|| !CredentialRules.plausiblePassword(text)) {
			throw new BadCredentialsException("Bad credentials");
		}
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		LoginThrottle.Verdict verdict = throttle.check(username, address);
		verdict.refusedFor().ifPresent(wait -> {
			throw new TooManyAttemptsException(wait);
		});
		if (!verdict.awaitSlot()) {
			throw new BadCredentialsException("Interrupted");
		}
		try {
			Authentication authenticated = delegate
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, text));
			if (verdict.pairHasFailures()) {
				throttle.recordSuccess(username, address);
			}
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
