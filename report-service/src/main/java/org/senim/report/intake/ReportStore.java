package org.senim.report.intake;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/** The {@code report} table: coded answers in clear, the description only sealed. */
@Component
class ReportStore {

	private static final String INSERT = """
			INSERT INTO report (id, city, exploitation_types, industry, control_methods, recruitment, venue_type,
			                    victim_count, minors_involved, immediate_danger, victim_nationality, language,
			                    reporter_role, consent_to_police, description_key_id, description_nonce,
			                    description_ciphertext, receipt_hash, status, operator_entered, created_at)
			VALUES (:id, :city, :exploitationTypes, :industry, :controlMethods, :recruitment, :venueType,
			        :victimCount, :minorsInvolved, :immediateDanger, :victimNationality, :language,
			        :reporterRole, :consentToPolice, :keyId, :nonce, :ciphertext, :receiptHash, :status, :operatorEntered,
			        :createdAt)""";

	private final DatabaseClient db;

	ReportStore(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(PreparedTip tip) {
		TipForm form = tip.form();
		return this.db.sql(INSERT)
			.bind("id", tip.reportId())
			.bind("city", tip.city())
			.bind("exploitationTypes", codes(form.exploitationTypes()))
			.bind("industry", Parameter.fromOrEmpty(name(form.industry()), String.class))
			.bind("controlMethods",
					Parameter.fromOrEmpty(form.controlMethods().isEmpty() ? null : codes(form.controlMethods()),
							String.class))
			.bind("recruitment", Parameter.fromOrEmpty(name(form.recruitment()), String.class))
			.bind("venueType", Parameter.fromOrEmpty(name(form.venueType()), String.class))
			.bind("victimCount", Parameter.fromOrEmpty(form.victimCount(), Integer.class))
			.bind("minorsInvolved", Parameter.fromOrEmpty(form.minorsInvolved(), Boolean.class))
			.bind("immediateDanger", Parameter.fromOrEmpty(form.immediateDanger(), Boolean.class))
			.bind("victimNationality", Parameter.fromOrEmpty(name(form.victimNationality()), String.class))
			.bind("language", Parameter.fromOrEmpty(form.language(), String.class))
			.bind("reporterRole", Parameter.fromOrEmpty(name(form.reporterRole()), String.class))
			.bind("consentToPolice", Parameter.fromOrEmpty(form.consentToPolice(), Boolean.class))
			.bind("keyId", tip.description().keyId())
			.bind("nonce", tip.description().nonce())
			.bind("ciphertext", tip.description().ciphertext())
			.bind("receiptHash", tip.receiptHash())
			.bind("status", ReportStatus.RECEIVED.name())
			.bind("operatorEntered", tip.operatorEntered())
			.bind("createdAt", tip.createdAt().atOffset(ZoneOffset.UTC))
			.then();
	}

	/** The associated data binding a sealed description to its report. */
	static byte[] descriptionContext(UUID reportId) {
		return ("report.description:" + reportId).getBytes(StandardCharsets.UTF_8);
	}

	private static String codes(List<? extends Enum<?>> codes) {
		return codes.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static String name(Enum<?> code) {
		return (code != null) ? code.name() : null;
	}

}
