package org.senim.directory.city;

import org.senim.directory.system.Language;

/** The name of a city in the three languages of the directory. */
public record CityNames(String en, String ru, String kk) {

	public String in(Language language) {
		return switch (language) {
			case EN -> this.en;
			case RU -> this.ru;
			case KK -> this.kk;
		};
	}

}
