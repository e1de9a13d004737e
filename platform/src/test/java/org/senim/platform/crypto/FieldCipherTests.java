package org.senim.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FieldCipherTests {

	private static final String OLD_KEY = key('o');

	private static final String NEW_KEY = key('n');

	private static final byte[] ROW = "report.description:row-1".getBytes(StandardCharsets.UTF_8);

	private final FieldCipher cipher = cipher("k1", Map.of("k1", OLD_KEY));

	@Test
	void opensWhatItSealed() {
		byte[] text = "Ей обещали работу в Алматы".getBytes(StandardCharsets.UTF_8);

		SealedText sealed = this.cipher.seal(text, ROW);

		assertThat(sealed.keyId()).isEqualTo("k1");
		assertThat(sealed.nonce()).hasSize(12);
		assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(text, StandardCharsets.ISO_8859_1));
		assertThat(this.cipher.open(sealed, ROW)).isEqualTo(text);
	}

	@Test
	void usesAFreshNonceForEverySeal() {
		byte[] text = "same text".getBytes(StandardCharsets.UTF_8);

		assertThat(this.cipher.seal(text, ROW).nonce()).isNotEqualTo(this.cipher.seal(text, ROW).nonce());
	}

	@Test
	void detectsTamperedCiphertext() {
		SealedText sealed = this.cipher.seal("untouched".getBytes(StandardCharsets.UTF_8), ROW);
		byte[] tampered = sealed.ciphertext();
		tampered[0] ^= 1;

		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.cipher.open(new SealedText("k1", sealed.nonce(), tampered), ROW));
	}

	@Test
	void refusesCiphertextMovedToAnotherRow() {
		SealedText sealed = this.cipher.seal("bound to its row".getBytes(StandardCharsets.UTF_8), ROW);

		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> this.cipher.open(sealed, "report.description:row-2".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void opensWithTheOldKeyAfterRotation() {
		byte[] text = "sealed before rotation".getBytes(StandardCharsets.UTF_8);
		SealedText beforeRotation = this.cipher.seal(text, ROW);
		FieldCipher rotated = cipher("k2", Map.of("k1", OLD_KEY, "k2", NEW_KEY));

		SealedText afterRotation = rotated.seal(text, ROW);

		assertThat(afterRotation.keyId()).isEqualTo("k2");
		assertThat(rotated.open(beforeRotation, ROW)).isEqualTo(text);
		assertThat(rotated.open(afterRotation, ROW)).isEqualTo(text);
	}

	@Test
	void refusesDataSealedWithARetiredKey() {
		SealedText sealed = this.cipher.seal("old".getBytes(StandardCharsets.UTF_8), ROW);
		FieldCipher withoutOldKey = cipher("k2", Map.of("k2", NEW_KEY));

		assertThatExceptionOfType(SealBrokenException.class).isThrownBy(() -> withoutOldKey.open(sealed, ROW));
	}

	@Test
	void keepsEnvelopeIntact() {
		SealedText sealed = this.cipher.seal("envelope".getBytes(StandardCharsets.UTF_8), ROW);

		assertThat(SealedText.fromEnvelope(sealed.toEnvelope())).isEqualTo(sealed);
		assertThatExceptionOfType(SealBrokenException.class)
			.isThrownBy(() -> SealedText.fromEnvelope(new byte[] { 1, 9, 'k' }));
	}

	@Test
	void refusesKeysOfTheWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CryptoProperties("k1",
				Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), 1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new CryptoProperties("k1", Map.of("k1", ""), 1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new CryptoProperties("k9", Map.of("k1", OLD_KEY), 1, 10));
	}

	private static FieldCipher cipher(String current, Map<String, String> keys) {
		return new FieldCipher(new CryptoProperties(current, keys, 1, 10));
	}

	private static String key(char fill) {
		return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
	}

}
