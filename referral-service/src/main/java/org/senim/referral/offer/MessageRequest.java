package org.senim.referral.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a case worker writes to the tipster's mailbox. */
record MessageRequest(@NotBlank @Size(min = 1, max = 2000) String text) {

}
