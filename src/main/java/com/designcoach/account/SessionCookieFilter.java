package com.designcoach.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs the request in from its session cookie, when it carries a valid one. A request
 * with a Basic header is left to that header alone: otherwise the cookie would sign it
 * in, Spring's Basic filter would skip a header naming the same user (wrong password and
 * all), and CSRF, switched off for Basic, would protect nothing.
 */
final class SessionCookieFilter extends OncePerRequestFilter {

	private final BrowserSessions sessions;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SessionCookieFilter(BrowserSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (holder.getContext().getAuthentication() == null && !SecurityConfig.usesBasicAuth(request)) {
			sessions.authenticate(request, response).ifPresent(authentication -> {
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(authentication);
				holder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
