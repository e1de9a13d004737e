package org.senim.directory.admin;

/** Free and total places of a service: {@code 0 <= available <= maximum}. */
record CapacityRequest(Integer available, Integer maximum) {

	/**
	 * @throws org.senim.directory.system.InvalidRequestException if a field is invalid
	 */
	void validate() {
		RequestErrors errors = new RequestErrors().present("available", this.available)
			.present("maximum", this.maximum);
		if (this.available != null && this.available < 0) {
			errors.add("available", "must be at least 0");
		}
		if (this.maximum != null && this.maximum < 0) {
			errors.add("maximum", "must be at least 0");
		}
		if (this.available != null && this.maximum != null && this.available > this.maximum) {
			errors.add("available", "must not exceed maximum");
		}
		errors.throwIfAny();
	}

}
