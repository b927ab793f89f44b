package com.designcoach.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser session cookie carries: a random session id (the handle for signing
 * out), who signed in with which roles, a stamp of their credentials at the time, and
 * when (to the millisecond) the cookie was issued and stops being accepted. The cookie is
 * {@code payload.signature}, both base64url, the signature an HMAC-SHA256 of the payload.
 */
record SessionTicket(String id, String username, List<String> roles, String credentials, Instant issuedAt,
		Instant expiresAt) {

	private static final String VERSION = "v1";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/**
	 * Longer values are refused before any work: a real cookie is under 200 characters.
	 */
	private static final int MAX_COOKIE_LENGTH = 512;

	String sign(byte[] key) {
		String fields = String.join("|", VERSION, id, Long.toString(issuedAt.toEpochMilli()),
				Long.toString(expiresAt.toEpochMilli()), String.join(",", roles), credentials, username);
		String payload = ENCODER.encodeToString(fields.getBytes(StandardCharsets.UTF_8));
		return payload + "." + ENCODER.encodeToString(hmac(key, payload));
	}

	/**
	 * The ticket in a cookie value, if its signature is ours; expiry is the caller's to
	 * check.
	 */
	static Optional<SessionTicket> verify(String cookie, byte[] key) {
		if (cookie == null || cookie.length() > MAX_COOKIE_LENGTH) {
			return Optional.empty();
		}
		int dot = cookie.indexOf('.');
		if (dot <= 0 || dot != cookie.lastIndexOf('.')) {
			return Optional.empty();
		}
		String payload = cookie.substring(0, dot);
		try {
			// Compared as text, so only the canonical encoding of the signature is
			// accepted.
			byte[] signature = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(signature, ENCODER.encode(hmac(key, payload)))) {
				return Optional.empty();
			}
			String[] fields = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", 7);
			if (fields.length != 7 || !VERSION.equals(fields[0])) {
				return Optional.empty();
			}
			List<String> roles = fields[4].isEmpty() ? List.of() : List.of(fields[4].split(","));
			return Optional.of(new SessionTicket(fields[1], fields[6], roles, fields[5],
					Instant.ofEpochMilli(Long.parseLong(fields[2])), Instant.ofEpochMilli(Long.parseLong(fields[3]))));
		}
		catch (IllegalArgumentException ex) { // bad base64 or numbers: not a cookie we
												// made
			return Optional.empty();
		}
	}

	static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
