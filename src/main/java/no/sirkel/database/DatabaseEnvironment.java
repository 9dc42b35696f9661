package no.sirkel.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points both the JDBC side (Flyway) and the R2DBC side (the service) at one PostgreSQL database: the server named by
 * {@code sirkel.db.url} ({@code SIRKEL_DB_URL}, a JDBC URL) where it is set, otherwise an embedded PostgreSQL whose
 * data lives under {@code sirkel.data-dir} ({@code SIRKEL_DATA_DIR}, default {@code ./data}), durable unless
 * {@code sirkel.embedded.durable} is false (tests).
 */
class DatabaseEnvironment implements EnvironmentPostProcessor {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configuredUrl = environment.getProperty("sirkel.db.url", "");
        Connection connection = configuredUrl.isBlank()
                ? embedded(environment)
                : new Connection(configuredUrl, environment.getProperty("sirkel.db.user", ""),
                        environment.getProperty("sirkel.db.password", ""));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.flyway.url", connection.jdbcUrl());
        properties.put("spring.flyway.user", connection.user());
        properties.put("spring.flyway.password", connection.password());
        properties.put("spring.r2dbc.url", r2dbcUrl(connection.jdbcUrl()));
        properties.put("spring.r2dbc.username", connection.user());
        properties.put("spring.r2dbc.password", connection.password());
        environment.getPropertySources().addFirst(new MapPropertySource("sirkelDatabase", properties));
    }

    private static Connection embedded(ConfigurableEnvironment environment) {
        Path dataDirectory = Path.of(environment.getProperty("sirkel.data-dir", "./data"));
        boolean clean = environment.getProperty("sirkel.embedded.clean-on-start", Boolean.class, false);
        boolean durable = environment.getProperty("sirkel.embedded.durable", Boolean.class, true);
        EmbeddedDatabase database = EmbeddedDatabase.startOnce(dataDirectory, clean, durable);
        return new Connection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
    }

    static String r2dbcUrl(String jdbcUrl) {
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalStateException("SIRKEL_DB_URL must be a JDBC URL starting with " + JDBC_PREFIX
                    + ", got " + jdbcUrl);
        }
        return "r2dbc:postgresql://" + jdbcUrl.substring(JDBC_PREFIX.length());
    }

    private record Connection(String jdbcUrl, String user, String password) {
    }
}
