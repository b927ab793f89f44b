package com.designcoach.account;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

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

}
