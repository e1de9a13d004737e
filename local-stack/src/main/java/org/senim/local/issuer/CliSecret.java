package org.senim.local.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * The secret that authenticates {@code ./senim token}: made at every start and written to
 * {@code <data-dir>/issuer/cli-secret} (mode 600), so only the owner of the data folder
 * can mint tokens without a browser login.
 */
@Component
class CliSecret {

	static final String FILE_NAME = "cli-secret";

	private final byte[] secret;

	CliSecret(IssuerProperties properties) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.secret = encoded.getBytes(StandardCharsets.UTF_8);
		PrivateFiles.write(properties.issuerDir().resolve(FILE_NAME), encoded);
	}

	boolean matches(String candidate) {
		return candidate != null
				&& MessageDigest.isEqual(this.secret, candidate.strip().getBytes(StandardCharsets.UTF_8));
	}

}
