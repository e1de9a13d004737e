package org.senim.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSecretsTests {

	@TempDir
	Path dataDir;

	@Test
	void makesKeysOnceAndKeepsThemForTheOwnerOnly() throws Exception {
		Path file = this.dataDir.resolve("secrets.properties");
		Map<String, String> first = ProductionSecrets.loadOrCreate(file, Map.of());
		assertThat(first).containsOnlyKeys(ProductionSecrets.NAMES);
		assertThat(Base64.getDecoder().decode(first.get("SENIM_REPORT_KEY"))).hasSize(32);
		assertThat(first.get("SENIM_REPORT_KEY")).isNotEqualTo(first.get("SENIM_REFERRAL_KEY"));
		assertThat(ProductionSecrets.loadOrCreate(file, Map.of())).isEqualTo(first);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void prefersKeysFromTheEnvironment() throws Exception {
		Map<String, String> secrets = ProductionSecrets.loadOrCreate(this.dataDir.resolve("secrets.properties"),
				Map.of("SENIM_REFERRAL_KEY", "from-env"));
		assertThat(secrets).containsEntry("SENIM_REFERRAL_KEY", "from-env");
	}

}
