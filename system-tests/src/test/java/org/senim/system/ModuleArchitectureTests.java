package org.senim.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of DESIGN.md, checked on the compiled classes of every module:
 * services talk through Kafka and HTTP only, contracts stay plain Java, nothing depends
 * on the local stack.
 */
class ModuleArchitectureTests {

	private static final List<String> MODULES = List.of("contracts", "test-support", "directory-service",
			"report-service", "referral-service", "gateway", "local-stack");

	private static final List<String> SERVICES = List.of("directory", "report", "referral", "gateway");

	private static JavaClasses classes;

	@BeforeAll
	static void importAllModules() {
		Path root = Path.of(System.getProperty("senim.root", "..")).toAbsolutePath().normalize();
		List<Path> classDirs = MODULES.stream()
			.map((module) -> root.resolve(module).resolve("target/classes"))
			.toList();
		assertThat(classDirs).as("compiled classes of every module (run the reactor build first)")
			.allMatch(Files::isDirectory);
		classes = new ClassFileImporter().importPaths(classDirs);
	}

	@ParameterizedTest
	@ValueSource(strings = { "directory", "report", "referral", "gateway" })
	void serviceDependsOnNoOtherService(String service) {
		String[] others = SERVICES.stream()
			.filter((other) -> !other.equals(service))
			.map((other) -> "org.senim." + other + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("org.senim." + service + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.check(classes);
	}

	@Test
	void contractsDependOnNoServiceAndNoSpring() {
		noClasses().that()
			.resideInAPackage("org.senim.contracts..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.senim.directory..", "org.senim.report..", "org.senim.referral..",
					"org.senim.gateway..", "org.senim.local..", "org.springframework..")
			.check(classes);
	}

	@Test
	void nothingDependsOnTheLocalStack() {
		noClasses().that()
			.resideOutsideOfPackage("org.senim.local..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.senim.local..")
			.check(classes);
	}

}
