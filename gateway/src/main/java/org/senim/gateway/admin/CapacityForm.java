package org.senim.gateway.admin;

import org.springframework.util.MultiValueMap;

import org.senim.gateway.admin.AdminDirectoryClient.Capacity;

/** The places of a service as entered: free now, and in all. */
record CapacityForm(String available, String maximum) {

	private static final int MAX_DIGITS = 9;

	static CapacityForm of(ServiceEntry service) {
		return new CapacityForm(text(service.capacityAvailable()), text(service.capacityMaximum()));
	}

	static CapacityForm of(MultiValueMap<String, String> form) {
		return new CapacityForm(Forms.text(form, "available"), Forms.text(form, "maximum"));
	}

	/** The fields that are no whole number of at most nine digits; none when both are. */
	FormErrors malformed() {
		boolean available = !isNumber(this.available);
		boolean maximum = !isNumber(this.maximum);
		if (available && maximum) {
			return FormErrors.of("capacity", "available", "maximum");
		}
		if (available || maximum) {
			return FormErrors.of("capacity", available ? "available" : "maximum");
		}
		return null;
	}

	/** Only once {@link #malformed()} found nothing. */
	Capacity toCapacity() {
		return new Capacity(Integer.parseInt(this.available), Integer.parseInt(this.maximum));
	}

	private static boolean isNumber(String value) {
		return !value.isEmpty() && value.length() <= MAX_DIGITS && value.chars().allMatch(Character::isDigit);
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : "";
	}

}
