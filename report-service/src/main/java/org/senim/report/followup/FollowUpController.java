package org.senim.report.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.senim.report.system.ApiExamples;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
	@Operation(summary = "Follow a tip up with its receipt",
			description = "Where the tip stands (its status history, oldest first) and the mailbox: messages from the "
					+ "tipster and from the case worker. POST so that the receipt never appears in a URL.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The receipt",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReceiptRequest.class),
					examples = @ExampleObject(name = "receipt", value = ApiExamples.RECEIPT)))
	@ApiResponse(responseCode = "200", description = "The tip's status, history and messages",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FollowUp.class),
					examples = @ExampleObject(name = "follow-up", value = ApiExamples.FOLLOW_UP)))
	@ApiResponse(responseCode = "400", description = "Malformed or invalid request",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION_PROBLEM)))
	@ApiResponse(responseCode = "404", description = "No tip has this receipt",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unknown-receipt", value = ApiExamples.NOT_FOUND_PROBLEM)))
	Mono<ResponseEntity<FollowUp>> followUp(@RequestBody @Parameter(hidden = true) Mono<byte[]> body) {
		return body.map(FollowUpReader::receipt)
			.flatMap(this.mailbox::followUp)
			.map((followUp) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(followUp));
	}

	@PostMapping(path = "/api/reports/followup/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write to the case worker",
			description = "Adds a message from the tipster to the tip's mailbox, stored encrypted, and sends it "
					+ "to the case workers of the organizations handling the tip. Nothing of the tipster but the "
					+ "text goes with it.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The receipt and the message",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MessageRequest.class),
					examples = @ExampleObject(name = "message", value = ApiExamples.MESSAGE)))
	@ApiResponse(responseCode = "201", description = "Message stored",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FollowUp.MessagePosted.class),
					examples = @ExampleObject(name = "posted", value = ApiExamples.MESSAGE_POSTED)))
	@ApiResponse(responseCode = "400", description = "Malformed or invalid request",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION_PROBLEM)))
	@ApiResponse(responseCode = "404", description = "No tip has this receipt",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unknown-receipt", value = ApiExamples.NOT_FOUND_PROBLEM)))
	Mono<ResponseEntity<FollowUp.MessagePosted>> postMessage(@RequestBody @Parameter(hidden = true) Mono<byte[]> body) {
		return body.map(FollowUpReader::message)
			.flatMap((message) -> this.mailbox.post(message.receipt(), message.text()))
			.map((posted) -> ResponseEntity.status(HttpStatus.CREATED)
				.cacheControl(CacheControl.noStore())
				.body(posted));
	}

	/**
	 * The shape of a follow-up request, for the API description; read by
	 * {@link FollowUpReader}.
	 */
	@Schema(requiredProperties = "receipt")
	record ReceiptRequest(
			@Schema(description = "The 16-digit receipt, spaces and hyphens allowed", maxLength = 32) String receipt) {

	}

	/**
	 * The shape of a message request, for the API description; read by
	 * {@link FollowUpReader}.
	 */
	@Schema(requiredProperties = { "receipt", "text" })
	record MessageRequest(@Schema(description = "The 16-digit receipt", maxLength = 32) String receipt,
			@Schema(description = "The message, multi-line allowed",
					maxLength = FollowUpReader.MAX_MESSAGE) String text) {

	}

}
