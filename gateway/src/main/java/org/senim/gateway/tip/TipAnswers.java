package org.senim.gateway.tip;

import java.util.List;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * The answers of the tip form as typed, kept so a refused form comes back filled in.
 * Codes are passed on as given: the report-service is the one that validates them.
 * {@link #toString()} never shows the description.
 */
public record TipAnswers(String city, List<String> exploitationTypes, String description, String industry,
		List<String> controlMethods, String recruitment, String venueType, String victimCount, String minorsInvolved,
		String immediateDanger, String victimNationality, String reporterRole, boolean consentToPolice) {

	/** More codes than any question has are not answers. */
	private static final int MAX_CODES = 20;

	private static final int MAX_TEXT = 20_000;

	private static final Set<String> YES_NO = Set.of("yes", "no");

	public static final TipAnswers EMPTY = new TipAnswers("", List.of(), "", "", List.of(), "", "", "", "", "", "", "",
			false);

	public static TipAnswers from(MultiValueMap<String, String> form) {
		return new TipAnswers(text(form, "city", 200), codes(form, "exploitationTypes"),
				text(form, "description", MAX_TEXT), text(form, "industry", 64), codes(form, "controlMethods"),
				text(form, "recruitment", 64), text(form, "venueType", 64), text(form, "victimCount", 16),
				text(form, "minorsInvolved", 8), text(form, "immediateDanger", 8), text(form, "victimNationality", 16),
				text(form, "reporterRole", 16), "yes".equals(form.getFirst("consentToPolice")));
	}

	/** The JSON request of the report-service, in the page's language. */
	TipRequest toRequest(String language) {
		return new TipRequest(this.city, this.exploitationTypes, this.description, blankToNull(this.industry),
				this.controlMethods.isEmpty() ? null : this.controlMethods, blankToNull(this.recruitment),
				blankToNull(this.venueType), count(this.victimCount), flag(this.minorsInvolved),
				flag(this.immediateDanger), blankToNull(this.victimNationality), language,
				blankToNull(this.reporterRole), this.consentToPolice);
	}

	public boolean has(String field, String code) {
		return switch (field) {
			case "exploitationTypes" -> this.exploitationTypes.contains(code);
			case "controlMethods" -> this.controlMethods.contains(code);
			default -> false;
		};
	}

	private static String text(MultiValueMap<String, String> form, String field, int maxLength) {
		String value = form.getFirst(field);
		if (value == null) {
			return "";
		}
		// Browsers send line breaks as CR LF; the service counts characters as typed.
		String text = value.replace("\r\n", "\n");
		return (text.length() > maxLength) ? text.substring(0, maxLength) : text;
	}

	private static List<String> codes(MultiValueMap<String, String> form, String field) {
		List<String> values = form.getOrDefault(field, List.of());
		return values.stream().filter((code) -> !code.isBlank()).distinct().limit(MAX_CODES).toList();
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	/**
	 * A whole number as a number; anything else as the text typed, so the service names
	 * the field.
	 */
	private static Object count(String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return null;
		}
		return value.matches("\\d{1,6}") ? (Object) Integer.valueOf(value) : value;
	}

	private static Boolean flag(String answer) {
		return YES_NO.contains(answer) ? "yes".equals(answer) : null;
	}

	@Override
	public String toString() {
		return "TipAnswers[city=" + this.city + ", exploitationTypes=" + this.exploitationTypes
				+ ", description hidden]";
	}

}
