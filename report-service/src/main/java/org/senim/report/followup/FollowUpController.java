package org.senim.report.followup;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous follow-up mailbox. POST, never GET, so a receipt never lands in a URL, a
 * log line or a browser history.
 */
@RestController
class FollowUpController {

	private final Mailbox mailbox;

	FollowUpController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@PostMapping(path = "/api/reports/followup", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<FollowUp>> followUp(@RequestBody Mono<byte[]> body) {
		return body.map(FollowUpReader::receipt)
			.flatMap(this.mailbox::followUp)
			.map((followUp) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(followUp));
	}

	@PostMapping(path = "/api/reports/followup/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<FollowUp.MessagePosted>> postMessage(@RequestBody Mono<byte[]> body) {
		return body.map(FollowUpReader::message)
			.flatMap((message) -> this.mailbox.post(message.receipt(), message.text()))
			.map((posted) -> ResponseEntity.status(HttpStatus.CREATED)
				.cacheControl(CacheControl.noStore())
				.body(posted));
	}

}
