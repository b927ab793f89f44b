package com.designcoach.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants to and from JDBC, where a SQL NULL stays null both ways. In one place so that
 * no row mapper forgets the null check on a nullable column.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static Timestamp from(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return instant(rs.getTimestamp(column));
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		return instant(rs.getTimestamp(column));
	}

	/** For a timestamp read some other way, such as an element of an aggregated array. */
	public static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
