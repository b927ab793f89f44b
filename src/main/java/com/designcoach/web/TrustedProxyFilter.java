package com.designcoach.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.designcoach.config.AppProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} decide the client's address (what the
 * sign-in throttle counts) and whether cookies are {@code Secure}; any client can send
 * them, so they are applied only when the socket's peer is a configured proxy, and
 * dropped otherwise.
 *
 * <p>
 * Spring's {@link ForwardedHeaderFilter} applies the scheme, host and port, but takes the
 * client's address from the left of {@code X-Forwarded-For}, which is the client's own
 * choice (a proxy appends); the address is therefore set here, from the right
 * ({@link ForwardedChain}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyFilter extends OncePerRequestFilter {

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

	TrustedProxyFilter(AppProperties properties) {
		this.proxies = properties.http()
			.trustedProxies()
			.stream()
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		drop.setRemoveOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String peer = request.getRemoteAddr();
		if (!trusted(peer)) {
			drop.doFilter(request, response, chain);
			return;
		}
		String client = ForwardedChain.clientAddress(request, peer, this::trusted);
		apply.doFilter(request, response, (forwarded, out) -> chain
			.doFilter(new ClientAddressRequest((HttpServletRequest) forwarded, client), out));
	}

	private boolean trusted(String peer) {
		for (IpAddressMatcher proxy : proxies) {
			if (proxy.matches(peer)) {
				return true;
			}
		}
		return false;
	}

	/** The request as seen from the client's address. */
	private static final class ClientAddressRequest extends HttpServletRequestWrapper {

		private final String client;

		ClientAddressRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

	}

}
