package org.senim.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(
		properties = { "senim.gateway.proof-of-work.enabled=true", "senim.gateway.proof-of-work.difficulty=8" })
class GatewayProofOfWorkTests extends GatewayTestSupport {

	@Test
	void acceptsTipWithSolvedChallengeOnce() {
		String challenge = newChallenge();
		String proof = solve(challenge, 8);

		postTip(proof).expectStatus().isCreated();
		postTip(proof).expectStatus().isEqualTo(428);

		assertThat(services.count("POST", "/api/reports")).isEqualTo(1);
	}

	@Test
	void refusesTipWithoutProof() {
		postTip(null).expectStatus()
			.isEqualTo(428)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/proof-of-work-required");
		assertThat(services.count("POST", "/api/reports")).isZero();
	}

	@Test
	void refusesTamperedOrUnsolvedChallenge() {
		String challenge = newChallenge();
		String tampered = challenge.replaceFirst("^.", challenge.startsWith("A") ? "B" : "A");

		postTip(solve(tampered, 8)).expectStatus().isEqualTo(428);
		postTip(challenge + ":not-a-solution-" + System.nanoTime()).expectStatus().isEqualTo(428);
	}

	private String newChallenge() {
		this.client.get()
			.uri("/api/reports/challenge")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.required")
			.isEqualTo(true)
			.jsonPath("$.challenge.difficulty")
			.isEqualTo(8);
		return challengeOf();
	}

	private String challengeOf() {
		return this.client.get()
			.uri("/api/reports/challenge")
			.exchange()
			.returnResult(ChallengeBody.class)
			.getResponseBody()
			.blockFirst()
			.challenge()
			.challenge();
	}

	private WebTestClient.ResponseSpec postTip(String proof) {
		return this.client.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (proof != null) {
				headers.set("X-Senim-Proof", proof);
			}
		}).bodyValue("{}").exchange();
	}

	/**
	 * What the tip form does in the browser: try nonces until the hash starts with enough
	 * zero bits.
	 */
	static String solve(String challenge, int bits) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (long nonce = 0;; nonce++) {
				String proof = challenge + ":" + nonce;
				byte[] hash = sha256.digest(proof.getBytes(StandardCharsets.UTF_8));
				if (leadingZeroBits(hash) >= bits) {
					return proof;
				}
			}
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return bits;
	}

	record ChallengeBody(boolean required, Challenge challenge) {

		record Challenge(String challenge, int difficulty) {
		}

	}

}
