package org.senim.referral.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the organization that accepted a tip closes its case. */
record CloseRequest(@NotBlank @Size(max = 500) String outcome) {

}
