package org.senim.directory.admin;

import java.util.UUID;

import org.senim.directory.service.PhoneNumbers;
import org.senim.directory.service.PhoneNumbers.Normalized;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.system.InvalidRequestException;

/**
 * A phone number to add to a service, as written in Kazakhstan (full numbers or short
 * codes such as 11616).
 *
 * @param free whether calls are free; absent means what the numbering plan says
 */
record PhoneRequest(String number, Boolean free) {

	/**
	 * The row to store, normalised with libphonenumber.
	 * @throws InvalidRequestException if the number is neither a valid number nor a short
	 * code of Kazakhstan
	 */
	PhoneRow toRow(UUID serviceId) {
		new RequestErrors().required("number", this.number, 30).throwIfAny();
		Normalized normalized = PhoneNumbers.normalize(this.number)
			.orElseThrow(() -> new InvalidRequestException("number",
					"must be a valid phone number or short code of Kazakhstan"));
		boolean freeOfCharge = (this.free != null) ? this.free : normalized.tollFree();
		return new PhoneRow(UUID.randomUUID(), serviceId, this.number.strip(), PhoneNumbers.dial(normalized),
				normalized.shortCode() ? null : normalized.value(), normalized.shortCode(), freeOfCharge);
	}

}
