package com.designcoach.account;

import com.designcoach.web.TooManyAttemptsException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (for the login endpoint and HTTP Basic alike) and feeds failures to the
 * throttle: past the limit a wrong password answers 429 instead of 401.
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
		try {
			return delegate.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			String username = AccountService.normalize(authentication.getName());
			String address = authentication.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : "unknown";
			throttle.recordFailure(username, address).ifPresent(wait -> {
				throw new TooManyAttemptsException(wait);
			});
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
