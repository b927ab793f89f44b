package com.designcoach.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import com.designcoach.config.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the {@code admin} account exists. {@code APP_ADMIN_PASSWORD}, when set, is the
 * admin's password from this start on; otherwise a first start generates one and prints
 * it once to the console, and nowhere else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AppProperties properties;

	AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, AppProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var existing = users.findByUsername(AccountService.ADMIN_USERNAME);
		if (properties.hasAdminPassword()) {
			String password = properties.adminPassword();
			existing.ifPresentOrElse(admin -> {
				if (!passwordEncoder.matches(password, admin.passwordHash())) {
					admin.changePasswordHash(passwordEncoder.encode(password));
					log.info("The admin password was set from APP_ADMIN_PASSWORD");
				}
			}, () -> createAdmin(password));
			return;
		}
		if (existing.isEmpty()) {
			String password = generatePassword();
			createAdmin(password);
			// Deliberately on stdout and not through the logger, so that it is shown once
			// on the console and never lands in a log file or a log shipper.
			System.out.println();
			System.out.println("=== Generated admin password (shown once; set APP_ADMIN_PASSWORD to choose one) ===");
			System.out.println("    username: admin");
			System.out.println("    password: " + password);
			System.out.println();
		}
	}

	private void createAdmin(String password) {
		users.save(new AppUser(AccountService.ADMIN_USERNAME, passwordEncoder.encode(password),
				List.of(Role.ADMIN, Role.CANDIDATE)));
		log.info("Created the admin account");
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
