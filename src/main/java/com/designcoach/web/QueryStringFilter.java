package com.designcoach.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not text (invalid UTF-8, encoded surrogates, bad
 * escapes) or that carries a NUL, with a 400 problem before anything reads it. Otherwise
 * such values reach PostgreSQL (which refuses NUL in text: a 500) or Tomcat's parameter
 * parser (which throws when a value does not decode). Requests without a query pay one
 * null check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryStringFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	QueryStringFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && !isText(query)) {
			problems.write(response, HttpStatus.BAD_REQUEST, "Invalid query",
					"The query string must be valid UTF-8 text without NUL characters");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isText(String query) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return false;
				}
				int high = Character.digit(query.charAt(i + 1), 16);
				int low = Character.digit(query.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == 0 || c > 0x7e) {
				return false; // raw bytes outside printable ASCII are not a well-formed
								// query
			}
			else {
				bytes.write(c);
			}
		}
		byte[] raw = bytes.toByteArray();
		for (byte b : raw) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(raw));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
