package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.referral.TestDatabases;
import org.senim.platform.crypto.CryptoWorkers;
import org.senim.platform.crypto.FieldCipher;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConversationRepositoryTests {

	private static final CryptoWorkers WORKERS = new CryptoWorkers(TestDatabases.crypto());

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsTheThreadOfOneReportOldestFirstWhateverTheOrderOfArrival(String database, DatabaseClient db) {
		ConversationRepository messages = repository(db);
		UUID report = UUID.randomUUID();
		ConversationMessage answer = message(ConversationMessage.Author.CASEWORKER, "Мы вам поможем.", 60);
		ConversationMessage question = message(ConversationMessage.Author.TIPSTER, "Көмектесіңізші!", 0);
		ConversationMessage sameInstant = message(ConversationMessage.Author.TIPSTER, "Arrived later.", 60);
		messages.insert(answer, report, UUID.randomUUID()).block();
		messages.insert(question, report, null).block();
		messages.insert(sameInstant, report, null).block();
		messages.insert(message(ConversationMessage.Author.TIPSTER, "Another tip.", 30), UUID.randomUUID(), null)
			.block();

		assertThat(messages.findByReport(report).block()).containsExactly(question, answer, sameInstant);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void storesEachMessageOnce(String database, DatabaseClient db) {
		ConversationRepository messages = repository(db);
		UUID report = UUID.randomUUID();
		ConversationMessage message = message(ConversationMessage.Author.TIPSTER, "Once.", 0);
		messages.insert(message, report, null).block();

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> messages.insert(message, report, null).block());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void keepsTheTextSealedAtRest(String database, DatabaseClient db) {
		UUID report = UUID.randomUUID();
		repository(db)
			.insert(message(ConversationMessage.Author.TIPSTER, "The address is 12 Abay street", 0), report, null)
			.block();

		byte[] stored = db.sql("SELECT text_ciphertext FROM conversation_message WHERE report_id = :reportId")
			.bind("reportId", report)
			.map((row, meta) -> row.get("text_ciphertext", byte[].class))
			.one()
			.block();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Abay");
	}

	private ConversationMessage message(ConversationMessage.Author from, String text, long secondsLater) {
		return new ConversationMessage(UUID.randomUUID(), from, text, this.now.plusSeconds(secondsLater));
	}

	private static ConversationRepository repository(DatabaseClient db) {
		return new ConversationRepository(db, new FieldCipher(TestDatabases.crypto()), WORKERS);
	}

}
