package org.senim.referral.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageRequestTests {

	@Test
	void startsAtFirstPageOfDefaultSizeWithoutParameters() {
		PageRequest page = PageRequest.of(null, null);

		assertThat(page.size()).isEqualTo(50);
		assertThat(page.after()).isNull();
		assertThat(page.fetchSize()).isEqualTo(51);
	}

	@Test
	void acceptsSizesFromOneToMaximum() {
		assertThat(PageRequest.of("1", null).size()).isEqualTo(1);
		assertThat(PageRequest.of(" 200 ", null).size()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "201", "1000000000000", "ten", "2.5" })
	void rejectsSizeOutsideOneToMaximumAsValidationProblemOfSize(String size) {
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> PageRequest.of(size, null))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(errorFields(ex)).containsExactly("size");
			});
	}

	@Test
	void readsBackTheCursorItGaveOut() {
		PageCursor cursor = new PageCursor(Instant.parse("2026-05-01T10:15:30.123456Z"), UUID.randomUUID());

		assertThat(PageRequest.of("10", cursor.encode()).after()).isEqualTo(cursor);
		assertThat(cursor.encode()).doesNotContain("2026", cursor.id().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not a cursor", "%%%", "djF8bm90LWEtdGltZXxub3QtYW4taWQ",
			"djJ8MjAyNi0wNS0wMVQxMDoxNTozMFp8" })
	void rejectsCursorItDidNotGiveOutAsValidationProblemOfCursor(String cursor) {
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> PageRequest.of(null, cursor))
			.satisfies((ex) -> assertThat(errorFields(ex)).containsExactly("cursor"));
	}

	@Test
	void rejectsCursorOfAnotherVersion() {
		String v2 = Base64.getUrlEncoder()
			.encodeToString(("v2|2026-05-01T10:15:30Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> PageCursor.decode(v2));
	}

	@Test
	void pointsNextPageAfterLastItemShownOnlyWhenMoreFollow() {
		PageRequest page = new PageRequest(2, null);
		Instant at = Instant.parse("2026-05-01T10:00:00Z");
		List<PageCursor> three = List.of(new PageCursor(at, UUID.randomUUID()), new PageCursor(at, UUID.randomUUID()),
				new PageCursor(at, UUID.randomUUID()));

		Page<PageCursor> full = page.page(three, (item) -> item);
		Page<PageCursor> last = page.page(three.subList(0, 2), (item) -> item);

		assertThat(full.items()).containsExactlyElementsOf(three.subList(0, 2));
		assertThat(full.next()).isEqualTo(three.get(1));
		assertThat(last.items()).hasSize(2);
		assertThat(last.next()).isNull();
	}

	@SuppressWarnings("unchecked")
	private static List<String> errorFields(InvalidQueryException ex) {
		List<Map<String, String>> errors = (List<Map<String, String>>) ex.getBody().getProperties().get("errors");
		return errors.stream().map((error) -> error.get("field")).toList();
	}

}
