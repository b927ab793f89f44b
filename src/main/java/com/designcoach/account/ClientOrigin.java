package com.designcoach.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The origin a per-address limit counts a client under. An IPv4 address counts as itself;
 * an IPv6 address by its /64 network, since one subscriber is routinely given a whole /64
 * and could otherwise take a fresh address for every guess or registration. Keys are
 * bounded in length whatever the peer sent.
 */
final class ClientOrigin {

	private static final int MAX_LENGTH = 64;

	/** Only an IP literal is parsed, so parsing never becomes a name lookup. */
	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientOrigin() {
	}

	static String of(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String literal = address.strip();
		int zone = literal.indexOf('%');
		if (zone > 0) {
			literal = literal.substring(0, zone);
		}
		if (literal.indexOf(':') >= 0 && IPV6_LITERAL.matcher(literal).matches()) {
			String network = ipv6Network(literal);
			if (network != null) {
				return network;
			}
		}
		return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
	}

	private static String ipv6Network(String literal) {
		InetAddress parsed;
		try {
			parsed = InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			return null;
		}
		byte[] bytes = parsed.getAddress();
		if (bytes.length != 16) {
			return parsed.getHostAddress(); // IPv4-mapped: the IPv4 client it stands for
		}
		StringBuilder network = new StringBuilder();
		for (int i = 0; i < 8; i += 2) {
			network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
		}
		return network.append(":/64").toString();
	}

}
