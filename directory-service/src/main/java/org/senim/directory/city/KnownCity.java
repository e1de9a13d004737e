package org.senim.directory.city;

import java.util.List;

/** A city with the other names people write for it (former names, spellings). */
public record KnownCity(City city, List<String> aliases) {

	public KnownCity {
		aliases = List.copyOf(aliases);
	}

}
