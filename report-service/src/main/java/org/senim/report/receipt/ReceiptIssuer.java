package org.senim.report.receipt;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Draws receipts: 16 uniformly random decimal digits from {@link SecureRandom}. */
@Component
public class ReceiptIssuer {

	private final SecureRandom random = new SecureRandom();

	public Receipt issue() {
		char[] digits = new char[Receipt.LENGTH];
		for (int i = 0; i < digits.length; i++) {
			digits[i] = (char) ('0' + this.random.nextInt(10));
		}
		return new Receipt(new String(digits));
	}

}
