package org.senim.referral.offer;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.senim.contracts.events.EncryptedText;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditAction;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.audit.AuditTrail.ObjectType;
import org.senim.referral.datakey.ReportKeys;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The NGO data-key API (docs/security.md, crypto-shredding): the data key of a referral's
 * report, for the organization's own systems that read {@code referrals.<city>} directly.
 * Only the referral's organization (NGO_WORKER); another organization's referral answers
 * what an unknown id answers. Every release is a row of the audit trail. Once the report
 * expired its referrals and its key are gone: 404, as for an id that never existed.
 */
@RestController
class ReferralDataKeyController {

	private final ReferralRepository referrals;

	private final ReportKeys keys;

	private final AuditTrail audit;

	private final TransactionalOperator transaction;

	ReferralDataKeyController(ReferralRepository referrals, ReportKeys keys, AuditTrail audit,
			TransactionalOperator transaction) {
		this.referrals = referrals;
		this.keys = keys;
		this.audit = audit;
		this.transaction = transaction;
	}

	@GetMapping("/api/referrals/{id}/data-key")
	Mono<ResponseEntity<ReferralDataKey>> dataKey(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		Caller caller = Caller.of(token);
		Mono<ReferralDataKey> released = this.referrals.findById(id)
			.filter((referral) -> caller.organizationId().equals(referral.organizationId()))
			.flatMap((referral) -> this.keys.storedKeyOf(referral.reportId())
				.map((key) -> new ReferralDataKey(EncryptedText.keyIdOf(referral.reportId()), ReferralDataKey.ALGORITHM,
						Base64.getEncoder().encodeToString(key.material()))))
			.switchIfEmpty(Mono.error(() -> new ReferralNotFoundException(id)))
			.flatMap((key) -> this.audit
				.record(Actor.of(token, "NGO_WORKER"), AuditAction.KEY_RELEASED, ObjectType.REFERRAL, id, Instant.now())
				.thenReturn(key));
		return this.transaction.transactional(released)
			.map((key) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(key));
	}

}
