package org.senim.directory.hsds;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.directory.service.PhoneRow;

/**
 * HSDS {@code phone}: E.164 for full numbers, the digits for short codes; the Kazakhstan
 * profile adds the number as written ({@code display}) and {@code free_of_charge}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsPhone(UUID id, @JsonProperty("service_id") UUID serviceId, String number, String description,
		String display, @JsonProperty("free_of_charge") boolean freeOfCharge) {

	public static HsdsPhone of(PhoneRow phone) {
		String number = (phone.e164() != null) ? phone.e164() : phone.dial();
		return new HsdsPhone(phone.id(), phone.serviceId(), number,
				phone.display() + (phone.freeOfCharge() ? " (free of charge)" : ""), phone.display(),
				phone.freeOfCharge());
	}

}
