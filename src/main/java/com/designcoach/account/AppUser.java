package com.designcoach.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	/**
	 * Comma-separated roles without the {@code ROLE_} prefix, e.g.
	 * {@code ADMIN,CANDIDATE}.
	 */
	@Column(nullable = false)
	private String roles;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, List<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = String.join(",", roles.stream().map(Role::name).toList());
		this.createdAt = Instant.now();
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	List<String> roles() {
		return Arrays.stream(roles.split(",")).sorted().toList();
	}

}
