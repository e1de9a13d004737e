package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Tips sent to the running suite through the gateway's JSON API, as a script would. */
final class Tips {

	static final String GATEWAY = "http://localhost:8080";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Tips() {
	}

	/** An Almaty forced-labour tip; asserts the 201 and its receipt. */
	static Tip submit(String description) throws Exception {
		return submit("Almaty", description);
	}

	static Tip submit(String city, String description) throws Exception {
		String body = """
				{"city":"%s","exploitationTypes":["FORCED_LABOUR"],"description":"%s"}""".formatted(city, description);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/reports"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Tip tip = new Tip(JsonPath.read(response.body(), "$.reportId"), JsonPath.read(response.body(), "$.receipt"));
		assertThat(tip.receipt()).matches("\\d{16}");
		assertThat(UUID.fromString(tip.reportId())).isNotNull();
		return tip;
	}

	record Tip(String reportId, String receipt) {
	}

}
