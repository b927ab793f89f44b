package com.designcoach.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in, and stores the upgraded hash when a password that verified
 * against an older scheme (bcrypt) signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AppUserRepository users;

	AccountUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsername(AccountService.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.authorities(AuthorityUtils.createAuthorityList(user.roles()))
			.build();
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		users.findByUsername(user.getUsername()).ifPresent(account -> account.changePasswordHash(newPassword));
		return User.withUserDetails(user).password(newPassword).build();
	}

}
