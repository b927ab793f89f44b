package com.designcoach.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past the configured limit. */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
	}

}
