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

/** Signs the request in from its session cookie, when it carries a valid one. */
final class SessionCookieFilter extends OncePerRequestFilter {

	private final BrowserSessions sessions;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SessionCookieFilter(BrowserSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (holder.getContext().getAuthentication() == null) {
			sessions.authenticate(request, response).ifPresent(authentication -> {
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(authentication);
				holder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
