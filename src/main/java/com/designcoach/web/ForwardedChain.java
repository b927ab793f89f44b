package com.designcoach.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address behind a chain of trusted proxies. Each proxy appends the address
 * it saw to {@code X-Forwarded-For} (or adds a {@code for=} element to
 * {@code Forwarded}), so only the right end of the list is written by proxies we trust;
 * everything to the left of it is whatever the client chose to send. The list is
 * therefore read from the right: hops that are themselves trusted proxies are skipped,
 * and the first address that is not one is the client.
 */
final class ForwardedChain {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	private static final Pattern FOR = Pattern.compile("(?i)(?:^|;)\\s*for\\s*=\\s*\"?([^;\"]*)\"?");

	/** More hops than any real chain has; a longer list is read only this far. */
	private static final int MAX_HOPS = 20;

	private ForwardedChain() {
	}

	/**
	 * The client's address for a request whose peer ({@code peer}) is a trusted proxy. An
	 * entry that is not an IP address (a name, {@code unknown}, an obfuscated identifier)
	 * ends the walk: the last trusted hop is then the best that is known.
	 */
	static String clientAddress(HttpServletRequest request, String peer, Predicate<String> trusted) {
		List<String> hops = hops(request);
		String client = peer;
		for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
			String address = canonical(hops.get(i));
			if (address == null) {
				return client;
			}
			client = address;
			if (!trusted.test(address)) {
				return address;
			}
		}
		return client;
	}

	/**
	 * The hops in order, left to right: {@code Forwarded} when present (it is the one
	 * Spring's filter also prefers), else {@code X-Forwarded-For}; several headers of a
	 * name read as one list.
	 */
	private static List<String> hops(HttpServletRequest request) {
		List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
		List<String> hops = new ArrayList<>();
		if (!forwarded.isEmpty()) {
			for (String header : forwarded) {
				for (String element : header.split(",")) {
					var matcher = FOR.matcher(element);
					hops.add(matcher.find() ? matcher.group(1) : "");
				}
			}
			return hops;
		}
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String entry : header.split(",")) {
				hops.add(entry);
			}
		}
		return hops;
	}

	/**
	 * An IP address literal in its canonical form (so that one address is one key), or
	 * null. Ports and IPv6 brackets are dropped. Never a name: nothing is resolved.
	 */
	static String canonical(String entry) {
		String text = entry.trim().toLowerCase(Locale.ROOT);
		if (text.startsWith("[")) {
			int end = text.indexOf(']');
			if (end < 0) {
				return null;
			}
			text = text.substring(1, end);
		}
		else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':')) {
			text = text.substring(0, text.indexOf(':')); // IPv4 with a port
		}
		if (!IPV4.matcher(text).matches() && !(text.contains(":") && IPV6.matcher(text).matches())) {
			return null;
		}
		try {
			return InetAddress.getByName(text).getHostAddress();
		}
		catch (UnknownHostException | RuntimeException ex) {
			return null;
		}
	}

}
