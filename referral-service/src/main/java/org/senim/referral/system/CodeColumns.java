package org.senim.referral.system;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists of codes stored in one {@code VARCHAR} column as comma-separated names: the SQL
 * shared by PostgreSQL and H2 has no arrays (docs/decisions.md).
 */
public final class CodeColumns {

	private CodeColumns() {
	}

	public static String joined(List<? extends Enum<?>> codes) {
		return codes.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	public static <E> List<E> split(String joined, Function<String, E> parse) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(parse).toList();
	}

}
