package org.senim.referral.stream;

import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.platform.crypto.SealBrokenException;
import org.senim.referral.datakey.ReportKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The data of a referral event as the live stream sends it: the event's own fields, its
 * sealed free text opened with the report's data key. The stream is an authenticated API
 * of the organization the referral belongs to, over TLS like the REST API, which answers
 * the same text (docs/security.md, crypto-shredding). Empty when the text can no longer
 * be opened: the report expired and its key is gone, so the event is not sent.
 */
@Component
class OpenedText {

	private static final Logger log = LoggerFactory.getLogger(OpenedText.class);

	private final ReportKeys keys;

	private final JsonMapper json;

	OpenedText(ReportKeys keys, JsonMapper json) {
		this.keys = keys;
		this.json = json;
	}

	Mono<Object> dataOf(SenimEvent<?> event) {
		if (event.data() instanceof ReferralOffered offered) {
			return opened(event, offered.reportId(), offered.referralId(), "description", offered.description());
		}
		if (event.data() instanceof ReferralUpdated updated) {
			return (updated.reason() != null)
					? opened(event, updated.reportId(), updated.referralId(), "reason", updated.reason())
					: Mono.just(updated);
		}
		if (event.data() instanceof ReferralMessageReceived message) {
			return opened(event, message.reportId(), message.referralId(), "text", message.text());
		}
		return Mono.just(event.data());
	}

	private Mono<Object> opened(SenimEvent<?> event, UUID reportId, UUID referralId, String field,
			EncryptedText sealed) {
		EventType<?> type = event.type();
		return this.keys.open(reportId, referralId, type, field, sealed)
			.<Object>map((text) -> withText(event.data(), field, text))
			.onErrorResume(SealBrokenException.class, (ex) -> {
				log.warn("Event {} not streamed: its {} does not open", event.id(), field);
				return Mono.empty();
			})
			.switchIfEmpty(Mono
				.fromRunnable(() -> log.debug("Event {} not streamed: report {} has expired", event.id(), reportId)));
	}

	private ObjectNode withText(Object data, String field, String text) {
		ObjectNode node = this.json.valueToTree(data);
		return node.put(field, text);
	}

}
