package com.designcoach.config;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes instances that share one database take turns, for work such as loading shipped
 * data on start that would collide if two ran it at once on a fresh database.
 * <p>
 * The lock is PostgreSQL's transaction-scoped kind: it is released when the transaction
 * commits or rolls back, so there is no unlock to forget on an exception path, and a
 * start that dies mid-way never leaves it held. Named locks hash the name as before, so
 * instances of an older build still contend for the same lock.
 */
public final class AdvisoryLock {

	private AdvisoryLock() {
	}

	/**
	 * Waits until this transaction holds the lock {@code name}; it holds it until the
	 * transaction ends.
	 */
	public static void holdForTransaction(JdbcClient jdbc, String name) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", name).query().singleRow();
	}

}
