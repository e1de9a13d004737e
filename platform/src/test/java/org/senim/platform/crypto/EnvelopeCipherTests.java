package org.senim.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.events.EncryptedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnvelopeCipherTests {

	private static final UUID REPORT = UUID.fromString("0b6f5c1e-4a3d-4c1a-9d7e-2f1e8c3a5b70");

	private static final String KEY_ID = EncryptedText.keyIdOf(REPORT);

	private static final byte[] DESCRIPTION = EncryptedText.associatedData("org.senim.report.submitted.v2",
			"description", REPORT);

	private final EnvelopeCipher envelope = new EnvelopeCipher(new FieldCipher(new CryptoProperties("k1",
			Map.of("k1", Base64.getEncoder().encodeToString("s".repeat(32).getBytes(StandardCharsets.US_ASCII))), 1,
			10)));

	private final DataKey key = DataKey.generate();

	@Test
	void opensWhatItSealedUnderTheDataKey() {
		EncryptedText sealed = this.envelope.seal(KEY_ID, this.key, "Их держат на ферме под Шымкентом", DESCRIPTION);

		assertThat(sealed.keyId()).isEqualTo("report:" + REPORT);
		assertThat(Base64.getDecoder().decode(sealed.nonce())).hasSize(12);
		assertThat(sealed.ciphertext()).doesNotContain("ферме");
		assertThat(this.envelope.open(sealed, KEY_ID, this.key, DESCRIPTION))
			.isEqualTo("Их держат на ферме под Шымкентом");
	}

	@Test
	void refusesCiphertextMovedToAnotherEventFieldOrRecord() {
		EncryptedText sealed = this.envelope.seal(KEY_ID, this.key, "bound", DESCRIPTION);

		assertThatExceptionOfType(SealBrokenException.class).isThrownBy(() -> this.envelope.open(sealed, KEY_ID,
				this.key, EncryptedText.associatedData("org.senim.tipster.message.v2", "description", REPORT)));
		assertThatExceptionOfType(SealBrokenException.class).isThrownBy(() -> this.envelope.open(sealed, KEY_ID,
				this.key, EncryptedText.associatedData("org.senim.report.submitted.v2", "text", REPORT)));
		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.envelope.open(sealed, KEY_ID, this.key,
					EncryptedText.associatedData("org.senim.report.submitted.v2", "description", UUID.randomUUID())));
	}

	@Test
	void refusesAnotherDataKey() {
		EncryptedText sealed = this.envelope.seal(KEY_ID, this.key, "only for its key", DESCRIPTION);

		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.envelope.open(sealed, KEY_ID, DataKey.generate(), DESCRIPTION));
		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.envelope.open(sealed, "report:" + UUID.randomUUID(), this.key, DESCRIPTION));
	}

	@Test
	void refusesTamperedCiphertext() {
		EncryptedText sealed = this.envelope.seal(KEY_ID, this.key, "untouched", DESCRIPTION);
		byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
		bytes[0] ^= 1;
		EncryptedText tampered = new EncryptedText(KEY_ID, sealed.nonce(), Base64.getEncoder().encodeToString(bytes));

		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.envelope.open(tampered, KEY_ID, this.key, DESCRIPTION));
	}

	@Test
	void wrapsTheDataKeyUnderTheServiceKeyBoundToItsId() {
		SealedText wrapped = this.envelope.wrap(KEY_ID, this.key);

		assertThat(wrapped.keyId()).isEqualTo("k1");
		assertThat(wrapped.ciphertext()).isNotEqualTo(this.key.material());
		assertThat(this.envelope.unwrap(KEY_ID, wrapped)).isEqualTo(this.key);
		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.envelope.unwrap("report:" + UUID.randomUUID(), wrapped));
	}

	@Test
	void generatesAFreshKeyEachTime() {
		assertThat(DataKey.generate()).isNotEqualTo(DataKey.generate());
		assertThat(DataKey.generate().material()).hasSize(32);
		assertThat(DataKey.generate()).hasToString("DataKey[hidden]");
	}

}
