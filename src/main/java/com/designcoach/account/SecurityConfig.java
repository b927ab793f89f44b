package com.designcoach.account;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.designcoach.web.ProblemWriter;
import com.designcoach.web.TooManyAttemptsException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may call what. Scripts authenticate with HTTP Basic on every request (no session,
 * no CSRF token); the browser signs in at {@code /api/auth/login} and gets a signed
 * session cookie ({@link BrowserSessions}), and proves each write with the
 * {@code XSRF-TOKEN} cookie echoed in a header. Failures are problem documents, never a
 * login page or a Basic challenge.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/**
	 * The frontend is built to run under this: its own scripts and styles only, no inline
	 * code, no framing. Swagger UI's inline styles are the one thing it costs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return Passwords.create();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
		passwords.setPasswordEncoder(encoder);
		passwords.setUserDetailsPasswordService(userDetails);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			BrowserSessions sessions, ProblemWriter problems) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> writeAuthenticationProblem(problems,
				response, ex);
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
				"Forbidden", ex instanceof CsrfException ? "A valid X-XSRF-TOKEN header is required"
						: "You are not allowed to do this");
		http.authenticationManager(authenticationManager)
			// No HTTP session: the browser's session is a signed cookie, read on every
			// request.
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(AbstractHttpConfigurer::disable)
			.addFilterBefore(new SessionCookieFilter(sessions), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(authorize -> authorize
				.requestMatchers(pathPattern(HttpMethod.POST, "/api/auth/login"),
						pathPattern(HttpMethod.POST, "/api/auth/register"))
				.permitAll()
				.requestMatchers(pathPattern("/api/admin/**"))
				.hasAuthority(Role.ADMIN.name())
				.requestMatchers(pathPattern("/api/**"))
				.authenticated()
				.requestMatchers(pathPattern("/actuator/health/**"), pathPattern("/actuator/health"),
						pathPattern("/actuator/info"))
				.permitAll()
				.requestMatchers(pathPattern("/actuator/**"))
				.hasAuthority(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.csrf(csrf -> csrf.spa()
				.ignoringRequestMatchers(SecurityConfig::usesBasicAuth,
						pathPattern(HttpMethod.POST, "/api/auth/register")))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

	private static void writeAuthenticationProblem(ProblemWriter problems, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof TooManyAttemptsException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
			problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts", ex.getMessage());
			return;
		}
		problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in to use this endpoint");
	}

	static boolean usesBasicAuth(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * Every response carries the {@code XSRF-TOKEN} cookie, as the contract says. Without
	 * one in the request, loading the deferred token makes and sets one; with one, the
	 * same value is set again, which costs a header where loading it would spend a
	 * masking of the token that nobody reads.
	 */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		private static final String CSRF_COOKIE = "XSRF-TOKEN";

		/**
		 * What the token repository makes (a UUID); anything else is left for it to
		 * replace.
		 */
		private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{16,64}");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			Cookie held = WebUtils.getCookie(request, CSRF_COOKIE);
			if (held != null && TOKEN.matcher(held.getValue()).matches()) {
				response.addHeader(HttpHeaders.SET_COOKIE,
						ResponseCookie.from(CSRF_COOKIE, held.getValue())
							.path("/")
							.secure(request.isSecure())
							.build()
							.toString());
			}
			else if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
