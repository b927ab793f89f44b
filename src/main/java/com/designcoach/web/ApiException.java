package com.designcoach.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller caused and can act on. It becomes an RFC 9457 problem document
 * with the given status; its message is shown to the client, so it never carries
 * internals.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final List<FieldError> errors;

	protected ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
		super(detail);
		this.status = status;
		this.title = title;
		this.errors = List.copyOf(errors);
	}

	public static ApiException notFound(String what, Object id) {
		return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " " + id + " does not exist", List.of());
	}

	public static ApiException conflict(String detail) {
		return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
	}

	public static ApiException invalid(List<FieldError> errors) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " invalid", errors);
	}

	public static ApiException invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

	public static ApiException payloadTooLarge(String detail) {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", detail, List.of());
	}

	public static ApiException tooManyRequests(String detail) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public List<FieldError> errors() {
		return errors;
	}

}
