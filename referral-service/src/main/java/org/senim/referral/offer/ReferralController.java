package org.senim.referral.offer;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals offered to the caller's organization and its answers to them (NGO_WORKER).
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

	/** Most referrals one list returns, newest first. */
	static final int LIST_LIMIT = 200;

	private final ReferralRepository referrals;

	private final ReferralDecisions decisions;

	ReferralController(ReferralRepository referrals, ReferralDecisions decisions) {
		this.referrals = referrals;
		this.decisions = decisions;
	}

	@GetMapping
	Flux<Referral> list(@RequestParam(required = false) String status, @AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(token);
		return this.referrals.findByOrganization(caller.organizationId(), parseStatus(status), LIST_LIMIT);
	}

	@GetMapping("/{id}")
	Mono<Referral> get(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(token);
		return this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)));
	}

	@PostMapping("/{id}/accept")
	Mono<Referral> accept(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		return this.decisions.accept(id, Caller.of(token));
	}

	@PostMapping("/{id}/decline")
	Mono<Referral> decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest request,
			@AuthenticationPrincipal Jwt token) {
		return this.decisions.decline(id, Caller.of(token), request.reason().strip());
	}

	private static ReferralStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ReferralStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("status", "must be one of "
					+ Arrays.stream(ReferralStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}
