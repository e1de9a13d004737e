package org.senim.local.issuer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /local/token} (form {@code user=<demo user>}, header
 * {@value #SECRET_HEADER}): a signed access token for a demo user without a browser
 * login, for {@code ./senim token}, scripts and curl. Local stack only.
 */
@RestController
class LocalTokenController {

	static final String SECRET_HEADER = "X-Senim-Cli-Secret";

	private final CliSecret secret;

	private final DemoUsers users;

	private final AccessTokenClaims claims;

	private final JwtEncoder encoder;

	private final IssuerProperties properties;

	LocalTokenController(CliSecret secret, DemoUsers users, AccessTokenClaims claims, JwtEncoder encoder,
			IssuerProperties properties) {
		this.secret = secret;
		this.users = users;
		this.claims = claims;
		this.encoder = encoder;
		this.properties = properties;
	}

	@PostMapping(path = "/local/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	LocalToken issue(@RequestHeader(name = SECRET_HEADER, required = false) String presentedSecret,
			@RequestParam("user") String userName) {
		if (!this.secret.matches(presentedSecret)) {
			throw new IssuerProblems.InvalidCliSecret();
		}
		DemoUser user = this.users.find(userName).orElseThrow(() -> new IssuerProblems.UnknownDemoUser(userName));
		Instant now = Instant.now();
		JwtClaimsSet.Builder claimsSet = JwtClaimsSet.builder()
			.issuer(this.properties.issuer().toString())
			.subject(user.name())
			.audience(List.of(this.properties.audience()))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.properties.accessTokenLifetime()))
			.id(UUID.randomUUID().toString());
		this.claims.addUserClaims(user, claimsSet);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claimsSet.build())).getTokenValue();
		return new LocalToken(token, "Bearer", this.properties.accessTokenLifetime().toSeconds());
	}

	record LocalToken(String access_token, String token_type, long expires_in) {
	}

}
