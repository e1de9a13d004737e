package org.senim.report.receipt;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import org.springframework.stereotype.Component;

/**
 * Argon2id of a receipt. The salt is a fixed domain label and the secret is the server's
 * pepper, so the hash is deterministic (a follow-up finds its report by equality) yet
 * useless without the pepper; Argon2's cost makes each guess slow. Blocking CPU work:
 * call through {@code CryptoWorkers}.
 */
@Component
public class ReceiptHasher {

	private static final byte[] SALT = "senim.report.receipt.v1".getBytes(StandardCharsets.UTF_8);

	private static final int HASH_BYTES = 32;

	private final Argon2Parameters parameters;

	public ReceiptHasher(ReceiptProperties properties) {
		this.parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(SALT)
			.withSecret(properties.pepperBytes())
			.withMemoryAsKB(properties.memoryKib())
			.withIterations(properties.iterations())
			.withParallelism(properties.parallelism())
			.build();
	}

	public byte[] hash(Receipt receipt) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(this.parameters);
		byte[] hash = new byte[HASH_BYTES];
		generator.generateBytes(receipt.digits().getBytes(StandardCharsets.US_ASCII), hash);
		return hash;
	}

}
