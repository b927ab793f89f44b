package com.designcoach.scenario;

import com.designcoach.web.ApiException;

/** Reads a scenario version from an {@code If-Match} header: {@code 3} or {@code "3"}. */
final class IfMatch {

	private IfMatch() {
	}

	static Integer version(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip().replace("\"", "");
		if (!value.matches("\\d{1,9}")) {
			throw ApiException.invalid("If-Match", "must be a scenario version number");
		}
		return Integer.valueOf(value);
	}

}
