package org.senim.gateway.tipster;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.page.PageController;
import org.senim.gateway.throttle.LimitsProperties;
import org.senim.gateway.throttle.Throttles;

/**
 * {@code /followup}: the tipster's mailbox, opened with the receipt. Every step is a form
 * post to this address, so the receipt never lands in a URL or the browser's history.
 */
@PageController
class MailboxPageController {

	private static final int MAX_RECEIPT = 40;

	/** As much as the report-service takes; a longer reply is refused there, by field. */
	private static final int MAX_REPLY = 2_000;

	private final ReportClient reports;

	private final ReactiveCircuitBreaker breaker;

	private final Throttles throttles;

	private final Throttles.Limit limit;

	MailboxPageController(ReportClient reports, ReactiveCircuitBreakerFactory<?, ?> breakers, Throttles throttles,
			LimitsProperties limits) {
		this.reports = reports;
		// The follow-ups' own breaker, as on the API route: failing look-ups never open
		// the tips'.
		this.breaker = breakers.create("followup");
		this.throttles = throttles;
		// The receipt limiter of the follow-up route: fails closed, receipts must not be
		// guessable.
		this.limit = new Throttles.Limit("followup", limits.followupPerMinute(), Duration.ofMinutes(1), true);
	}

	@GetMapping("/followup")
	String receiptForm(Model model) {
		return receiptForm(model, "", null, 0);
	}

	@PostMapping("/followup")
	Mono<String> open(ServerWebExchange exchange, Model model) {
		return exchange.getFormData()
			.flatMap((form) -> this.throttles.consume(this.limit, exchange)
				.flatMap((verdict) -> switch (verdict.outcome()) {
					case LIMITED ->
						Mono.just(receiptForm(model, receiptOf(form), "limited", verdict.retryAfterSeconds()));
					case UNAVAILABLE -> Mono.just(receiptForm(model, receiptOf(form), "unavailable", 0));
					case ALLOWED -> answer(form, model);
				}))
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(receiptForm(model, "", "tooLarge", 0)));
	}

	private Mono<String> answer(MultiValueMap<String, String> form, Model model) {
		String receipt = receiptOf(form);
		String reply = replyOf(form);
		if (receipt.isBlank()) {
			return Mono.just(receiptForm(model, receipt, "unknown", 0));
		}
		if (reply == null) {
			return open(receipt, model, null, "");
		}
		if (reply.isBlank()) {
			return open(receipt, model, "replyEmpty", "");
		}
		return guarded(this.reports.write(receipt, reply)).flatMap((written) -> {
			if (written instanceof ReportClient.Written) {
				return open(receipt, model, "sent", "");
			}
			if (written instanceof ReportClient.Refused refused && refused.isStatus(HttpStatus.BAD_REQUEST)) {
				return open(receipt, model, "replyRefused", reply);
			}
			return Mono.just(refusal(model, receipt, written));
		});
	}

	private Mono<String> open(String receipt, Model model, String notice, String reply) {
		return guarded(this.reports.followUp(receipt)).map((answer) -> (answer instanceof ReportClient.Mailbox mailbox)
				? mailbox(model, receipt, mailbox, notice, reply) : refusal(model, receipt, answer));
	}

	private Mono<ReportClient.MailboxAnswer> guarded(Mono<ReportClient.MailboxAnswer> call) {
		return this.breaker.run(call, (ex) -> Mono.just(new ReportClient.Unavailable()));
	}

	private static String refusal(Model model, String receipt, ReportClient.MailboxAnswer answer) {
		if (answer instanceof ReportClient.Refused refused) {
			if (refused.isStatus(HttpStatus.TOO_MANY_REQUESTS)) {
				return receiptForm(model, receipt, "limited", refused.retryAfterSeconds());
			}
			// A wrong receipt and a malformed one read the same: nothing to tell a
			// guesser.
			return receiptForm(model, receipt, "unknown", 0);
		}
		return receiptForm(model, receipt, "unavailable", 0);
	}

	private static String mailbox(Model model, String receipt, ReportClient.Mailbox mailbox, String notice,
			String reply) {
		model.addAttribute("receipt", receipt);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("notice", notice);
		model.addAttribute("reply", reply);
		model.addAttribute("maxReply", MAX_REPLY);
		return "mailbox";
	}

	private static String receiptForm(Model model, String receipt, String notice, long retryAfterSeconds) {
		model.addAttribute("receipt", receipt);
		model.addAttribute("notice", notice);
		model.addAttribute("retryAfterSeconds", retryAfterSeconds);
		return "followup";
	}

	private static String receiptOf(MultiValueMap<String, String> form) {
		String receipt = form.getFirst("receipt");
		if (receipt == null) {
			return "";
		}
		String typed = receipt.strip();
		return (typed.length() > MAX_RECEIPT) ? typed.substring(0, MAX_RECEIPT) : typed;
	}

	/** The reply, or {@code null} when the post only opens the mailbox. */
	private static String replyOf(MultiValueMap<String, String> form) {
		String text = form.getFirst("text");
		return (text != null) ? text.replace("\r\n", "\n") : null;
	}

}
