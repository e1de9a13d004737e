package org.senim.platform.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestRouteTests {

	@Test
	void findsAddressesSpringCannotReadAsUris() {
		assertThat(MalformedRequestRoute.isMalformed("/api/reports?status=%ZZ")).isTrue();
		assertThat(MalformedRequestRoute.isMalformed("/api/reports?q=%E0%A")).isTrue();
		assertThat(MalformedRequestRoute.isMalformed("/api/reports?q=a|b")).isTrue();
	}

	@Test
	void letsWellFormedAddressesThrough() {
		assertThat(MalformedRequestRoute.isMalformed("/api/reports?status=OPEN&city=%D0%90")).isFalse();
		assertThat(MalformedRequestRoute.isMalformed("/")).isFalse();
		assertThat(MalformedRequestRoute.isMalformed("http://localhost:8080/api/reports")).isFalse();
	}

}
