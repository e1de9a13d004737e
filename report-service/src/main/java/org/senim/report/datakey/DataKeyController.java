package org.senim.report.datakey;

import java.util.Base64;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.contracts.events.EncryptedText;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal key channel: a report's data key for a Senim service that must open the
 * report's events. On the service's own port, never routed by the gateway, and only for a
 * service principal with role {@code DATA_KEY_CUSTODIAN} (SecurityConfiguration). Every
 * release is logged with the client, never with the key.
 */
// Not in the public API description the gateway serves: this path is for Senim's services
// only.
@Hidden
@RestController
class DataKeyController {

	private static final Log audit = LogFactory.getLog("org.senim.report.audit");

	private final ReportDataKeys keys;

	DataKeyController(ReportDataKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/internal/reports/{reportId}/data-key")
	Mono<ReleasedDataKey> dataKey(@PathVariable UUID reportId, @AuthenticationPrincipal Jwt client) {
		return this.keys.find(reportId)
			.map((key) -> new ReleasedDataKey(EncryptedText.keyIdOf(reportId), ReleasedDataKey.ALGORITHM,
					Base64.getEncoder().encodeToString(key.material())))
			.doOnNext((released) -> audit
				.info("Data key of report " + reportId + " released to client " + clientOf(client)))
			.switchIfEmpty(Mono.defer(() -> {
				audit.info("Data key of report " + reportId + " asked for by client " + clientOf(client)
						+ ": none (expired)");
				return Mono.error(new DataKeyGoneException());
			}));
	}

	private static String clientOf(Jwt token) {
		String client = token.getClaimAsString("azp");
		return (client != null) ? client : token.getSubject();
	}

}
