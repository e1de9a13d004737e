package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;
import org.senim.platform.crypto.SealedText;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code conversation_message}: the messages of a tip's conversation, their text
 * sealed, bound to the row (a sealed text moved to another message fails to open).
 */
@Repository
class ConversationRepository {

	private final DatabaseClient db;

	private final FieldCipher cipher;

	private final CryptoWorkers workers;

	ConversationRepository(DatabaseClient db, FieldCipher cipher, CryptoWorkers workers) {
		this.db = db;
		this.cipher = cipher;
		this.workers = workers;
	}

	/**
	 * Stores a message, sealed; fails with a duplicate key if its id is already stored.
	 * @param referralId the referral a case worker wrote through, {@code null} for the
	 * tipster
	 */
	Mono<Void> insert(ConversationMessage message, UUID reportId, UUID referralId) {
		return this.workers
			.run(() -> this.cipher.seal(message.text().getBytes(StandardCharsets.UTF_8), associatedData(message.id())))
			.flatMap((text) -> this.db.sql("""
					INSERT INTO conversation_message (id, report_id, author, referral_id, text_key_id, text_nonce,
					       text_ciphertext, sent_at)
					VALUES (:id, :reportId, :author, :referralId, :keyId, :nonce, :ciphertext, :sentAt)""")
				.bind("id", message.id())
				.bind("reportId", reportId)
				.bind("author", message.from().name())
				.bind("referralId", Parameter.fromOrEmpty(referralId, UUID.class))
				.bind("keyId", text.keyId())
				.bind("nonce", text.nonce())
				.bind("ciphertext", text.ciphertext())
				.bind("sentAt", message.sentAt())
				.then());
	}

	/** The whole conversation of a report, oldest first, opened. */
	Mono<List<ConversationMessage>> findByReport(UUID reportId) {
		return this.db.sql("""
				SELECT id, author, text_key_id, text_nonce, text_ciphertext, sent_at FROM conversation_message
				WHERE report_id = :reportId ORDER BY sent_at, seq""")
			.bind("reportId", reportId)
			.map((row, meta) -> new Sealed(row.get("id", UUID.class),
					ConversationMessage.Author.valueOf(row.get("author", String.class)),
					new SealedText(row.get("text_key_id", String.class), row.get("text_nonce", byte[].class),
							row.get("text_ciphertext", byte[].class)),
					row.get("sent_at", Instant.class)))
			.all()
			.collectList()
			.flatMap((sealed) -> this.workers.run(() -> sealed.stream().map(this::open).toList()));
	}

	private ConversationMessage open(Sealed message) {
		String text = new String(this.cipher.open(message.text(), associatedData(message.id())),
				StandardCharsets.UTF_8);
		return new ConversationMessage(message.id(), message.from(), text, message.sentAt());
	}

	private static byte[] associatedData(UUID messageId) {
		return ("conversation_message:" + messageId).getBytes(StandardCharsets.UTF_8);
	}

	private record Sealed(UUID id, ConversationMessage.Author from, SealedText text, Instant sentAt) {

	}

}
