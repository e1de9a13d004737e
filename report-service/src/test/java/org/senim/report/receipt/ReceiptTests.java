package org.senim.report.receipt;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceiptTests {

	private static final String PEPPER = Base64.getEncoder().encodeToString("pepper-for-receipt-tests".getBytes());

	private final ReceiptIssuer issuer = new ReceiptIssuer();

	private final ReceiptHasher hasher = new ReceiptHasher(new ReceiptProperties(PEPPER, 1024, 1, 1));

	@Test
	void issuesSixteenRandomDigits() {
		Set<String> receipts = new HashSet<>();
		IntStream.range(0, 1000).forEach((i) -> receipts.add(this.issuer.issue().digits()));

		assertThat(receipts).hasSize(1000).allMatch((digits) -> digits.matches("\\d{16}"));
		// every digit shows up in every position across a thousand receipts
		IntStream.range(0, 16)
			.forEach((position) -> assertThat(receipts.stream().map((r) -> r.charAt(position)).distinct().count())
				.isEqualTo(10));
	}

	@Test
	void hidesTheDigitsFromLogs() {
		Receipt receipt = this.issuer.issue();

		assertThat(receipt.toString()).doesNotContain(receipt.digits());
	}

	@Test
	void hashesDeterministicallySoAFollowUpFindsItsReport() {
		Receipt receipt = new Receipt("0123456789012345");

		assertThat(this.hasher.hash(receipt)).hasSize(32).isEqualTo(this.hasher.hash(new Receipt("0123456789012345")));
		assertThat(this.hasher.hash(receipt)).isNotEqualTo(this.hasher.hash(new Receipt("0123456789012346")));
	}

	@Test
	void hashDependsOnThePepper() {
		Receipt receipt = new Receipt("0123456789012345");
		String otherPepper = Base64.getEncoder().encodeToString("another-pepper-entirely".getBytes());

		assertThat(new ReceiptHasher(new ReceiptProperties(otherPepper, 1024, 1, 1)).hash(receipt))
			.isNotEqualTo(this.hasher.hash(receipt));
	}

	@Test
	void readsReceiptsAsPeopleTypeThem() {
		assertThat(Receipt.parse("0123 4567-8901 2345")).contains(new Receipt("0123456789012345"));
		assertThat(Receipt.parse("0123")).isEmpty();
		assertThat(Receipt.parse("abcd efgh ijkl mnop")).isEmpty();
		assertThat(Receipt.parse(null)).isEmpty();
	}

	@Test
	void refusesAShortPepper() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ReceiptProperties(Base64.getEncoder().encodeToString("short".getBytes()), 1024, 1, 1));
	}

}
