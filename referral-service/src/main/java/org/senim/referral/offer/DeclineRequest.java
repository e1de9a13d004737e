package org.senim.referral.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organization declines an offer. */
record DeclineRequest(@NotBlank @Size(max = 500) String reason) {

}
