package com.designcoach.web;

/** PostgreSQL cannot store U+0000 in text, so such input is refused at the door. */
class NulCharacterException extends RuntimeException {

	NulCharacterException() {
		super("must not contain the NUL character (U+0000)");
	}

}
