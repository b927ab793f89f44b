package com.designcoach.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;

/**
 * The two roles of the contract, written without a {@code ROLE_} prefix; an admin holds
 * both.
 */
enum Role {

	CANDIDATE, ADMIN;

	/**
	 * The roles among granted authorities, leaving out others such as Spring Security's
	 * factor markers.
	 */
	static List<String> namesIn(Collection<? extends GrantedAuthority> authorities) {
		List<String> granted = authorities.stream().map(GrantedAuthority::getAuthority).toList();
		return Arrays.stream(values()).map(Role::name).filter(granted::contains).sorted().toList();
	}

}
