package com.designcoach.web;

/**
 * One entry of a problem document's {@code errors}: a path into the request and what is
 * wrong there.
 */
public record FieldError(String field, String message) {

	public FieldError prefixed(String prefix) {
		return new FieldError(field.startsWith("[") ? prefix + field : prefix + "." + field, message);
	}

}
