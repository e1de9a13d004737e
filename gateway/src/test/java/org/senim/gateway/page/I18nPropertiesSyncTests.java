package org.senim.gateway.page;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.ServiceType;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.TipStatusChanged.TipStatus;
import org.senim.gateway.console.Console;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of the pages exists in Kazakh, Russian and English: the bundles
 * have the same keys, every key the templates name is in each of them, and every code a
 * page can show has its words.
 */
class I18nPropertiesSyncTests {

	private static final List<String> LANGUAGES = Arrays.stream(PageLanguage.values()).map(PageLanguage::tag).toList();

	/** The names of the languages are written in their own language on every page. */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("lang.kk", "lang.ru", "lang.en");

	/** {@code #{key}} and {@code #{key(...)}}. */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[}(]");

	/** {@code #{'prefix.' + ...}} and {@code #messages.msgOrNull('prefix.' + ...)}. */
	private static final Pattern KEY_PREFIX = Pattern
		.compile("(?:#\\{|#messages\\.msg(?:OrNull)?\\()\\s*'([A-Za-z][\\w.-]*\\.)'\\s*\\+");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	/**
	 * What each key prefix of the templates is completed with. A prefix the templates use
	 * but this map does not know fails the test, so new ones are checked too.
	 */
	private static final Map<String, List<String>> COMPLETIONS = Map.ofEntries(Map.entry("lang.", LANGUAGES),
			Map.entry("language.", LANGUAGES), Map.entry("code.exploitationType.", names(ExploitationType.values())),
			Map.entry("code.industry.", names(Industry.values())),
			Map.entry("code.venueType.", names(VenueType.values())),
			Map.entry("code.controlMethod.", names(ControlMethod.values())),
			Map.entry("code.recruitment.", names(Recruitment.values())),
			Map.entry("code.victimNationality.", names(VictimNationality.values())),
			Map.entry("code.reporterRole.", names(ReporterRole.values())),
			Map.entry("code.serviceType.", names(ServiceType.values())),
			Map.entry("service.gender.", List.of("any", "female", "male")),
			Map.entry("report.answer.", List.of("yes", "no", "unknown")),
			Map.entry("report.notice.", List.of("limited", "unavailable", "tooLarge")),
			Map.entry("report.error.",
					List.of("city", "exploitationTypes", "description", "victimCount", "industry", "venueType",
							"controlMethods", "recruitment", "victimNationality", "reporterRole", "minorsInvolved",
							"immediateDanger", "consentToPolice")),
			Map.entry("followup.notice.", List.of("unknown", "limited", "unavailable", "tooLarge")),
			Map.entry("mailbox.notice.", List.of("sent", "replyEmpty", "replyRefused")),
			// RECEIVED when stored, then what the referral hub reports.
			Map.entry("status.", Stream.concat(Stream.of("RECEIVED"), names(TipStatus.values()).stream()).toList()),
			// The NGO dashboard.
			Map.entry("ngo.priority.", names(Priority.values())),
			Map.entry("ngo.reason.", names(TriageReason.values())),
			Map.entry("ngo.status.", List.of("OFFERED", "ACCEPTED", "DECLINED", "REROUTED", "CLOSED", "WITHDRAWN")),
			Map.entry("ngo.show.", List.of("offered", "accepted", "all")),
			Map.entry("ngo.services.notice.", List.of("saved", "notFound", "retired", "refused", "unavailable")),
			Map.entry("ngo.done.",
					List.of("accepted", "declined", "closed", "sent", "conflict", "empty", "tooLong", "refused")),
			// The directory admin page.
			Map.entry("admin.field.",
					List.of("name", "nameRu", "nameKk", "description", "source", "sample", "city", "serviceTypes",
							"takesReferrals", "acceptsMinors", "acceptsForeigners", "genderEligibility", "hours",
							"languages", "number", "free", "available", "maximum")),
			Map.entry("admin.error.",
					List.of("organizationId", "name", "nameRu", "nameKk", "description", "city", "serviceTypes",
							"genderEligibility", "hours", "languages", "source", "number", "available", "maximum",
							"other")),
			Map.entry("admin.organizations.notice.", List.of("refused")),
			Map.entry("admin.organization.notice.", List.of("created", "saved", "retiredNow", "retired", "refused")),
			Map.entry("admin.service.notice.",
					List.of("created", "saved", "capacitySaved", "phoneAdded", "phoneRemoved", "phoneGone", "verified",
							"retiredNow", "retired", "refused")),
			Map.entry("ngo.notice.",
					Stream.of("notFound", "unavailable")
						.flatMap((notice) -> Stream.of(notice, notice + ".title"))
						.toList()),
			// The police console.
			Map.entry("police.list.title.", List.of("raised", "acknowledged")),
			Map.entry("police.list.empty.", List.of("raised", "acknowledged")),
			Map.entry("police.done.", List.of("acknowledged", "already", "notFound")),
			// The escalation policy's reasons (referral-service, EscalationReason).
			Map.entry("police.reason.",
					List.of("MINORS_INVOLVED", "IMMEDIATE_DANGER", "ORGAN_REMOVAL", "CONSENT_TO_POLICE")));

	/** {@code ConsoleNotices.notice("console.notice.signedOut", …)} in the sources. */
	private static final Pattern NOTICE_KEY = Pattern.compile("notice\\(\"([A-Za-z][\\w.-]*)\"");

	private static Map<String, Properties> bundles;

	private static String templates;

	@BeforeAll
	static void readBundlesAndTemplates() throws IOException {
		bundles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Properties merged = new Properties();
			for (String basename : basenames()) {
				ClassPathResource bundle = new ClassPathResource(basename + "_" + language + ".properties");
				if (bundle.exists()) {
					Properties messages = load(bundle);
					Set<String> twice = new TreeSet<>(messages.stringPropertyNames());
					twice.retainAll(merged.stringPropertyNames());
					assertThat(twice).as("keys of %s also in another bundle", bundle.getPath()).isEmpty();
					merged.putAll(messages);
				}
			}
			bundles.put(language, merged);
		}
		StringBuilder all = new StringBuilder();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/*.html")) {
			all.append(template.getContentAsString(StandardCharsets.UTF_8)).append('\n');
		}
		templates = all.toString();
	}

	/** The bundles of {@code spring.messages.basename}. */
	private static List<String> basenames() throws IOException {
		String yaml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
		Matcher basename = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)\\s*$").matcher(yaml);
		assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
		return List.of(basename.group(1).split(","));
	}

	@Test
	void hasTheWordsOfEveryConsoleAndEveryNoticeTheSourcesName() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Console console : Console.values()) {
			keys.add(console.key() + ".title");
			keys.add(console.key() + ".brand");
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher notice = NOTICE_KEY.matcher(Files.readString(source));
				while (notice.find()) {
					keys.add(notice.group(1));
					keys.add(notice.group(1) + ".title");
				}
			}
		}
		assertThat(keys).as("notice keys found in the sources").contains("console.notice.signedOut");
		bundles.forEach((language, messages) -> assertThat(keys).as("console keys missing in %s", language)
			.filteredOn((key) -> !messages.containsKey(key))
			.isEmpty());
	}

	@Test
	void givesEveryLanguageTheSameKeys() {
		for (String language : LANGUAGES) {
			for (String other : LANGUAGES) {
				Set<String> missing = new TreeSet<>(bundles.get(other).stringPropertyNames());
				missing.removeAll(bundles.get(language).stringPropertyNames());
				assertThat(missing).as("keys of messages_%s missing in messages_%s", other, language).isEmpty();
			}
		}
	}

	@Test
	void leavesNoMessageBlank() {
		bundles.forEach((language, messages) -> assertThat(messages.stringPropertyNames())
			.as("blank messages in messages_%s", language)
			.filteredOn((key) -> messages.getProperty(key).isBlank())
			.isEmpty());
	}

	@Test
	void hasEveryKeyTheTemplatesName() {
		Set<String> keys = matches(LITERAL_KEY);
		assertThat(keys).as("keys found in the templates").hasSizeGreaterThan(50).contains("site.name", "help.away");
		bundles.forEach((language, messages) -> assertThat(keys).as("template keys missing in messages_%s", language)
			.filteredOn((key) -> !messages.containsKey(key))
			.isEmpty());
	}

	@Test
	void hasEveryCompletionOfTheKeyPrefixesTheTemplatesBuild() {
		Set<String> prefixes = matches(KEY_PREFIX);
		assertThat(prefixes).as("key prefixes found in the templates").contains("code.exploitationType.", "lang.");
		assertThat(COMPLETIONS).as("completions known for the templates' key prefixes")
			.containsKeys(prefixes.toArray(String[]::new));
		for (String prefix : prefixes) {
			bundles.forEach((language, messages) -> assertThat(COMPLETIONS.get(prefix))
				.as("completions of '%s' missing in messages_%s", prefix, language)
				.filteredOn((completion) -> !messages.containsKey(prefix + completion))
				.isEmpty());
		}
	}

	@Test
	void namesEveryCodeOfTheContractsInEveryLanguage() {
		Map<String, Enum<?>[]> codes = Map.of("code.exploitationType.", ExploitationType.values(), "code.industry.",
				Industry.values(), "code.venueType.", VenueType.values(), "code.controlMethod.", ControlMethod.values(),
				"code.recruitment.", Recruitment.values(), "code.victimNationality.", VictimNationality.values(),
				"code.reporterRole.", ReporterRole.values(), "code.serviceType.", ServiceType.values());
		codes.forEach((prefix,
				values) -> bundles.forEach((language, messages) -> assertThat(names(values))
					.as("codes of '%s' without words in messages_%s", prefix, language)
					.filteredOn((code) -> isBlank(messages.getProperty(prefix + code)))
					.isEmpty()));
	}

	@Test
	void translatesRatherThanCopiesTheEnglish() {
		Properties english = bundles.get("en");
		for (String language : List.of("kk", "ru")) {
			Properties messages = bundles.get(language);
			assertThat(new TreeSet<>(english.stringPropertyNames()))
				.as("messages_%s copied word for word from messages_en", language)
				.filteredOn((key) -> !SAME_IN_EVERY_LANGUAGE.contains(key))
				.filteredOn((key) -> english.getProperty(key).equals(messages.getProperty(key)))
				.isEmpty();
		}
	}

	@Test
	void usesTheSameArgumentsInEveryLanguage() {
		Properties english = bundles.get("en");
		for (String key : english.stringPropertyNames()) {
			Set<String> expected = arguments(english.getProperty(key));
			bundles.forEach((language, messages) -> assertThat(arguments(messages.getProperty(key, "")))
				.as("arguments of %s in messages_%s", key, language)
				.isEqualTo(expected));
		}
	}

	@Test
	void keepsApostrophesTypographic() {
		// The pages pass arguments to notices, so MessageFormat reads them and would
		// swallow an ASCII apostrophe.
		bundles.forEach((language, messages) -> assertThat(new TreeSet<>(messages.stringPropertyNames()))
			.as("messages_%s with an ASCII apostrophe (write ’ instead)", language)
			.filteredOn((key) -> messages.getProperty(key).contains("'"))
			.isEmpty());
	}

	private static Properties load(Resource resource) throws IOException {
		assertThat(resource.exists()).as("%s exists", resource.getFilename()).isTrue();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> matches(Pattern pattern) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(templates);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static List<String> names(Enum<?>[] values) {
		return Stream.of(values).map(Enum::name).toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
