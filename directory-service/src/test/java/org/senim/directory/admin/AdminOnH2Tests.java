package org.senim.directory.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senim.directory.changes.DirectoryChanges;
import org.senim.directory.city.CityCatalog;
import org.senim.directory.hotline.HotlineCatalog;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.DirectoryProperties;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.r2dbc.test.autoconfigure.DataR2dbcTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

/**
 * The admin changes on H2 in PostgreSQL mode, as the local stack runs them: inserts and
 * updates under the schema's constraints.
 */
@DataR2dbcTest(properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///directory-h2-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:directory-h2-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
		"spring.flyway.user=sa", "spring.r2dbc.username=sa",
		"spring.flyway.locations=classpath:db/migration,classpath:db/sample" })
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import({ CityCatalog.class, HotlineCatalog.class, DirectoryAdmin.class, AdminOnH2Tests.Beans.class })
class AdminOnH2Tests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private DirectoryAdmin admin;

	/** The outbox on H2 is covered by H2CompatibilityTests. */
	@MockitoBean
	private DirectoryChanges changes;

	@BeforeEach
	void feed() {
		given(this.changes.appendServices(anyCollection())).willReturn(Mono.empty());
	}

	@Test
	void createsChangesAndRetiresAServiceOnH2() {
		StepVerifier
			.create(this.admin
				.createOrganization(new OrganizationRequest("Test NGO", null, null, null, "H2 test", false))
				.flatMap((organization) -> this.admin.createService(new ServiceRequest(organization.id().toString(),
						"Test shelter", null, null, null, "almaty", List.of("SHELTER"), true, false, false, "female",
						null, List.of("kk"), "H2 test", false)))
				.flatMap((service) -> this.admin.addPhone(service.id(), new PhoneRequest("116 16", null))
					.then(this.admin.setCapacity(service.id(), new CapacityRequest(2, 4)))
					.then(this.admin.verify(service.id()))
					.then(this.admin.retireService(service.id()))))
			.assertNext((retired) -> {
				assertThat(retired.status()).isEqualTo(ServiceRow.RETIRED);
				assertThat(retired.capacityAvailable()).isEqualTo(2);
				assertThat(retired.assuredDate()).isNotNull();
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DirectoryProperties.class)
	static class Beans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
