package org.senim.directory.city;

import java.util.List;

/** The 14 seed cities with their aliases, as migration V2 loads them. */
final class SeedCities {

	private SeedCities() {
	}

	static List<KnownCity> all() {
		return List.of(
				city("astana", "Astana", "Астана", "Астана", "Nur-Sultan", "Нур-Султан", "Akmola", "Aqmola", "Акмола",
						"Tselinograd", "Целиноград", "Akmolinsk"),
				city("aktobe", "Aktobe", "Актобе", "Ақтөбе", "Aqtobe", "Aktyubinsk", "Актюбинск"),
				city("aktau", "Aktau", "Актау", "Ақтау", "Aqtau", "Shevchenko"),
				city("almaty", "Almaty", "Алматы", "Алматы", "Alma-Ata", "Алма-Ата"),
				city("zhezkazgan", "Zhezkazgan", "Жезказган", "Жезқазған", "Jezkazgan", "Zhezqazghan", "Dzhezkazgan",
						"Джезказган"),
				city("karaganda", "Karaganda", "Караганда", "Қарағанды", "Qaraghandy", "Qaragandy", "Karagandy"),
				city("kokshetau", "Kokshetau", "Кокшетау", "Көкшетау", "Kokchetav", "Кокчетав", "Köksetau"),
				city("kostanay", "Kostanay", "Костанай", "Қостанай", "Qostanay", "Kustanai", "Kustanay", "Кустанай"),
				city("kyzylorda", "Kyzylorda", "Кызылорда", "Қызылорда", "Qyzylorda", "Kzyl-Orda", "Кзыл-Орда"),
				city("petropavlovsk", "Petropavlovsk", "Петропавловск", "Петропавл", "Petropavl"),
				city("taldykorgan", "Taldykorgan", "Талдыкорган", "Талдықорған", "Taldyqorghan", "Taldy-Kurgan",
						"Талды-Курган"),
				city("ust-kamenogorsk", "Ust-Kamenogorsk", "Усть-Каменогорск", "Өскемен", "Oskemen", "Öskemen"),
				city("shymkent", "Shymkent", "Шымкент", "Шымкент", "Chimkent", "Чимкент", "Şymkent"),
				city("taraz", "Taraz", "Тараз", "Тараз", "Zhambyl", "Dzhambul", "Джамбул", "Aulie-Ata"));
	}

	/** The seed cities known only by slug and names, to exercise spelling tolerance. */
	static List<KnownCity> withoutAliases() {
		return all().stream().map((known) -> new KnownCity(known.city(), List.of())).toList();
	}

	private static KnownCity city(String slug, String en, String ru, String kk, String... aliases) {
		return new KnownCity(new City(slug, new CityNames(en, ru, kk), "region", 0, 0), List.of(aliases));
	}

}
