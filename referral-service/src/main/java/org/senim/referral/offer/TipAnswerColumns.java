package org.senim.referral.offer;

import java.util.function.Function;

import io.r2dbc.spi.Readable;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.referral.system.CodeColumns;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/**
 * {@link TipAnswers} in the columns every table that keeps them has ({@code referral},
 * {@code escalation}): {@code exploitation_types, minors_involved, immediate_danger,
 * industry, control_methods, recruitment, venue_type, victim_count, victim_nationality,
 * language, reporter_role, operator_entered}, bound as {@code :types, :minors, :danger,
 * :industry, :controlMethods, :recruitment, :venueType, :victimCount,
 * :victimNationality, :language, :reporterRole, :operatorEntered}. Unanswered questions,
 * and rows stored before a column was added, are {@code NULL}.
 */
public final class TipAnswerColumns {

	private TipAnswerColumns() {
	}

	public static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, TipAnswers answers) {
		return spec.bind("types", CodeColumns.joined(answers.exploitationTypes()))
			.bind("minors", answers.minorsInvolved())
			.bind("danger", answers.immediateDanger())
			.bind("industry", Parameter.fromOrEmpty(name(answers.industry()), String.class))
			.bind("controlMethods", CodeColumns.joined(answers.controlMethods()))
			.bind("recruitment", Parameter.fromOrEmpty(name(answers.recruitment()), String.class))
			.bind("venueType", Parameter.fromOrEmpty(name(answers.venueType()), String.class))
			.bind("victimCount", Parameter.fromOrEmpty(answers.victimCount(), Integer.class))
			.bind("victimNationality", Parameter.fromOrEmpty(name(answers.victimNationality()), String.class))
			.bind("language", Parameter.fromOrEmpty(answers.language(), String.class))
			.bind("reporterRole", Parameter.fromOrEmpty(name(answers.reporterRole()), String.class))
			.bind("operatorEntered", Parameter.fromOrEmpty(answers.operatorEntered(), Boolean.class));
	}

	public static TipAnswers read(Readable row) {
		return new TipAnswers(CodeColumns.split(row.get("exploitation_types", String.class), ExploitationType::valueOf),
				code(row.get("industry", String.class), Industry::valueOf),
				CodeColumns.split(row.get("control_methods", String.class), ControlMethod::valueOf),
				code(row.get("recruitment", String.class), Recruitment::valueOf),
				code(row.get("venue_type", String.class), VenueType::valueOf), row.get("victim_count", Integer.class),
				Boolean.TRUE.equals(row.get("minors_involved", Boolean.class)),
				Boolean.TRUE.equals(row.get("immediate_danger", Boolean.class)),
				code(row.get("victim_nationality", String.class), VictimNationality::valueOf),
				row.get("language", String.class), code(row.get("reporter_role", String.class), ReporterRole::valueOf),
				row.get("operator_entered", Boolean.class));
	}

	private static <E> E code(String name, Function<String, E> parse) {
		return (name != null) ? parse.apply(name) : null;
	}

	private static String name(Enum<?> code) {
		return (code != null) ? code.name() : null;
	}

}
