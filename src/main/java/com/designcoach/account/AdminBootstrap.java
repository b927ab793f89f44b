package com.designcoach.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import com.designcoach.config.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the {@code admin} account exists. {@code APP_ADMIN_PASSWORD}, when set, is
 * the admin's password from this start on; otherwise a first start generates one and
 * prints it once to the console, and nowhere else.
 *
 * <p>
 * It runs once every singleton is made, which is before the web server opens (that is a
 * lifecycle step after it), so no request can reach the service before the admin exists.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AppProperties properties;

	private final TransactionTemplate transaction;

	AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder, AppProperties properties,
			PlatformTransactionManager transactions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (properties.hasAdminPassword() && !CredentialRules.plausiblePassword(properties.adminPassword())) {
			// Never the password itself: only its length is wrong.
			throw new IllegalStateException(
					"APP_ADMIN_PASSWORD must be at most " + CredentialRules.MAX_PASSWORD + " characters");
		}
		transaction.executeWithoutResult(status -> ensureAdmin());
	}

	private void ensureAdmin() {
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
