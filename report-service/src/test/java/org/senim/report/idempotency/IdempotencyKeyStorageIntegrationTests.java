package org.senim.report.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.senim.report.IntegrationTestSupport;
import org.senim.platform.crypto.CryptoProperties;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealBrokenException;
import org.senim.platform.crypto.SealedText;
import org.senim.report.receipt.ReceiptProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What someone holding a dump of {@code idempotency_key} and every secret of the service
 * (its AES keys, the receipt pepper) learns from an entry: not the receipt, and not
 * whether a guessed description was the tip.
 */
class IdempotencyKeyStorageIntegrationTests extends IntegrationTestSupport {

	private static final String TIP = """
			{"city":"almaty","exploitationTypes":["FORCED_LABOUR"],"description":"kept in a greenhouse"}""";

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private FieldCipher serviceCipher;

	@Autowired
	private CryptoProperties serviceKeys;

	@Autowired
	private ReceiptProperties receipts;

	@Test
	void keepsTheReceiptOutOfReachOfTheRowAndTheServiceSecrets() {
		String key = idempotencyKey();
		Map<?, ?> first = submit(key);
		String receipt = (String) first.get("receipt");
		Row row = row(UUID.fromString((String) first.get("reportId")));

		assertThat(new String(row.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(receipt);
		byte[] associatedData = ("idempotency_key:" + HexFormat.of().formatHex(row.keyHash()))
			.getBytes(StandardCharsets.UTF_8);
		for (String keyId : this.serviceKeys.keys().keySet()) {
			SealedText underServiceKey = new SealedText(keyId, row.nonce(), row.ciphertext());
			assertThatExceptionOfType(SealBrokenException.class)
				.isThrownBy(() -> this.serviceCipher.open(underServiceKey, associatedData));
		}
		// The client's key still opens it: a retry gets the first receipt.
		assertThat(submit(key)).isEqualTo(first);
	}

	@Test
	void storesNoRequestHashThePepperCouldConfirm() {
		Map<?, ?> first = submit(idempotencyKey());
		Row row = row(UUID.fromString((String) first.get("reportId")));

		assertThat(row.requestHash()).isNotEqualTo(hmac(this.receipts.pepperBytes(), TIP));
	}

	private Map<?, ?> submit(String key) {
		return this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.bodyValue(TIP)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Row row(UUID reportId) {
		return this.db.sql("""
				SELECT key_hash, request_hash, receipt_nonce, receipt_ciphertext
				FROM idempotency_key WHERE report_id = :id""")
			.bind("id", reportId)
			.map((found) -> new Row(found.get("key_hash", byte[].class), found.get("request_hash", byte[].class),
					found.get("receipt_nonce", byte[].class), found.get("receipt_ciphertext", byte[].class)))
			.one()
			.block(Duration.ofSeconds(5));
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Row(byte[] keyHash, byte[] requestHash, byte[] nonce, byte[] ciphertext) {

	}

}
