package org.senim.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates the services' databases ({@code senim_directory}, {@code senim_report},
 * {@code senim_referral}) on the local PostgreSQL if they are missing.
 */
final class PostgresDatabases {

	private PostgresDatabases() {
	}

	static void createMissing(Map<String, String> env) throws SQLException {
		String user = env.getOrDefault("SENIM_DB_USER", "postgres");
		String password = env.getOrDefault("SENIM_DB_PASSWORD", "");
		String url = "jdbc:postgresql://" + CommandLines.POSTGRES_HOST + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			for (Component component : Component.values()) {
				String database = CommandLines.databaseName(component);
				if (database != null && !exists(connection, database)) {
					try (Statement statement = connection.createStatement()) {
						// The name is one of ours, never user input.
						statement.execute("CREATE DATABASE \"" + database + "\"");
					}
					System.out.println("Created PostgreSQL database " + database);
				}
			}
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, database);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

}
