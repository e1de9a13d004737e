package org.senim.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;

/**
 * A token's authorities: each value of the roles claim as {@code ROLE_<value>} (staff
 * signed in at the issuer), each scope as {@code SCOPE_<scope>} (a service calling with
 * client credentials, which has no roles). A token without either has none.
 */
public final class TokenAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	public TokenAuthorities(String rolesClaim) {
		this.roles.setAuthoritiesClaimName(rolesClaim);
		this.roles.setAuthorityPrefix("ROLE_");
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>(this.roles.convert(jwt));
		authorities.addAll(this.scopes.convert(jwt));
		return authorities;
	}

	/** The converter of the resource server, from a token to its authentication. */
	public Converter<Jwt, Mono<AbstractAuthenticationToken>> authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(this);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

}
