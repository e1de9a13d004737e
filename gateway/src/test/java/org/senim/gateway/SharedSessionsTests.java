package org.senim.gateway;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateways with the production profile's session store, sharing one Redis (the one
 * {@code .ci/run} starts): a worker signed in through one is signed in at the other, and
 * signing out at the other ends her session at both.
 */
class SharedSessionsTests {

	private static final PageBackendStub backend = new PageBackendStub();

	private static final UUID ALMATY_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final String accessToken = TestTokens.ngoWorker(ALMATY_ORG, "almaty");

	@BeforeAll
	static void startTwoGateways() {
		first = gateway();
		second = gateway();
	}

	@AfterAll
	static void stopGateways() {
		second.close();
		first.close();
	}

	@BeforeEach
	void referralsOfTheWorker() {
		backend.reset();
		backend.answer("GET", "/api/referrals", Answer.json(200, "[]"));
	}

	@Test
	void signsAWorkerInAtEveryGatewayAndOutAtEveryGateway() {
		WebTestClient one = ConsoleSignIn.browser(port(first));
		WebTestClient other = ConsoleSignIn.browser(port(second));
		String session = new ConsoleSignIn(one, backend, Console.NGO).signIn("ngo-almaty", "almaty", this.accessToken);

		String page = other.get()
			.uri("/ngo/?lang=en")
			.accept(MediaType.TEXT_HTML)
			.cookie(Console.NGO.cookieName(), session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).as("the dashboard at the other gateway").contains("ngo-almaty");
		assertThat(backend.received).as("the other gateway called on her behalf with her token")
			.anyMatch((call) -> call.path().equals("/api/referrals")
					&& ("Bearer " + this.accessToken).equals(call.header("Authorization")));

		String csrf = HtmlPage.parse(page)
			.all((element) -> "_csrf".equals(element.getAttributeValue("name")))
			.get(0)
			.attr("value");
		other.post()
			.uri("/ngo/sign-out")
			.cookie(Console.NGO.cookieName(), session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf))
			.exchange()
			.expectStatus()
			.is3xxRedirection();

		one.get()
			.uri("/ngo/")
			.accept(MediaType.TEXT_HTML)
			.cookie(Console.NGO.cookieName(), session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location(Console.NGO.signIn());
	}

	private static ConfigurableApplicationContext gateway() {
		// As command-line arguments: they win over application.yml, as a deployment's
		// would.
		return new SpringApplicationBuilder(GatewayApplication.class, OwnNettyResources.class).run("--server.port=0",
				"--senim.gateway.sessions.store=redis", "--senim.gateway.sessions.redis-uri=redis://127.0.0.1:6379",
				"--senim.gateway.directory-uri=" + backend.uri(), "--senim.gateway.report-uri=" + backend.uri(),
				"--senim.gateway.referral-uri=" + backend.uri(), "--senim.security.issuer-uri=" + TestTokens.ISSUER,
				"--senim.security.jwk-set-uri=" + backend.uri() + "/oauth2/jwks",
				"--senim.gateway.sign-in.issuer=" + TestTokens.ISSUER,
				"--senim.gateway.sign-in.authorization-uri=http://issuer.test/oauth2/authorize",
				"--senim.gateway.sign-in.token-uri=" + backend.uri() + "/oauth2/token",
				"--senim.gateway.sign-in.jwk-set-uri=" + backend.uri() + "/oauth2/jwks",
				"--senim.gateway.sign-in.end-session-uri=");
	}

	/**
	 * Closing a gateway that uses Reactor Netty's global resources would dispose them
	 * under the gateways of the other test classes in this JVM (their proxied calls then
	 * fail).
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnNettyResources {

		@Bean
		ReactorResourceFactory ownReactorResources() {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		}

	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
