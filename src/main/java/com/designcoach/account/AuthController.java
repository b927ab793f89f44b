package com.designcoach.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthController {

	private final AccountService accounts;

	private final AuthenticationManager authenticationManager;

	private final BrowserSessions sessions;

	AuthController(AccountService accounts, AuthenticationManager authenticationManager, BrowserSessions sessions) {
		this.accounts = accounts;
		this.authenticationManager = authenticationManager;
		this.sessions = sessions;
	}

	@PostMapping("/api/auth/register")
	@ResponseStatus(HttpStatus.CREATED)
	Me register(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		return accounts.register(credentials.username(), credentials.password(), request.getRemoteAddr());
	}

	@PostMapping("/api/auth/login")
	Me login(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
		var token = UsernamePasswordAuthenticationToken
			.unauthenticated(AccountService.normalize(credentials.username()), credentials.password());
		token.setDetails(new WebAuthenticationDetails(request));
		Authentication authentication = authenticationManager.authenticate(token);
		sessions.signIn(authentication, request, response); // always a fresh session id:
															// no fixation
		return me(authentication);
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(HttpServletRequest request, HttpServletResponse response) {
		sessions.signOut(request, response);
		SecurityContextHolder.clearContext();
	}

	/**
	 * Every other session of the account ends at once, on every instance; this browser
	 * stays signed in with a new session. Scripts using Basic simply use the new password
	 * next time.
	 */
	@PutMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange change, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		accounts.changePassword(authentication.getName(), change.currentPassword(), change.newPassword(),
				request.getRemoteAddr());
		sessions.passwordChanged(authentication, request, response);
	}

	@GetMapping("/api/me")
	Me me(Authentication authentication) {
		return new Me(authentication.getName(), Role.namesIn(authentication.getAuthorities()));
	}

}
