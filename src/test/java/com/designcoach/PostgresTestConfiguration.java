package com.designcoach;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Gives every integration test a real PostgreSQL: a Testcontainers PostgreSQL 17 when a
 * Docker engine answers, otherwise one embedded PostgreSQL 17 shared by the whole test
 * run. Never H2. The log says which one ran.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PostgresTestConfiguration.class);

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		log.info("Tests use PostgreSQL 17 from Testcontainers (Docker is available)");
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean(destroyMethod = "close")
	@Conditional(DockerMissing.class)
	DataSource embeddedPostgresDataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(SharedEmbeddedPostgres.get().getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	static boolean dockerAvailable() {
		return DockerAvailability.ANSWER;
	}

	private static final class DockerAvailability {

		static final boolean ANSWER = check();

		private static boolean check() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static final class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

	/**
	 * One embedded server for the whole JVM: test contexts come and go, the database
	 * stays.
	 */
	static final class SharedEmbeddedPostgres {

		private static EmbeddedPostgres instance;

		static synchronized EmbeddedPostgres get() {
			if (instance == null) {
				try {
					instance = EmbeddedPostgres.builder().start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				log.info("Tests use an embedded PostgreSQL 17 on port {} (no Docker engine here)", instance.getPort());
				Runtime.getRuntime().addShutdownHook(new Thread(SharedEmbeddedPostgres::close));
			}
			return instance;
		}

		private static void close() {
			try {
				instance.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; nothing useful to do
			}
		}

	}

}
