package org.senim.testing;

/** Connection details of one test database. */
public record PostgresDatabase(String host, int port, String database, String username, String password) {

	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.database;
	}

	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.database;
	}

}
