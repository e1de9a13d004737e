package org.senim.directory.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRow;
import org.senim.directory.system.Language;

/** A service with its organization and its (dialable) phone, as loaded into memory. */
record ListedService(ServiceRow service, OrganizationRow organization, PhoneRow phone) {

	Hotline in(Language language, Clock clock, Duration staleAfter) {
		LocalDate verifiedAt = this.service.assuredDate();
		LocalDate today = LocalDate.now(clock);
		boolean stale = verifiedAt == null || verifiedAt.plusDays(staleAfter.toDays()).isBefore(today);
		return new Hotline(this.service.id(),
				localized(language, this.service.name(), this.service.nameRu(), this.service.nameKk()),
				localized(language, this.organization.name(), this.organization.nameRu(), this.organization.nameKk()),
				(this.phone != null) ? this.phone.display() : null, (this.phone != null) ? this.phone.dial() : null,
				this.phone != null && this.phone.freeOfCharge(), this.service.hours(), this.service.languageList(),
				this.service.serviceTypeList(), this.service.source(), verifiedAt,
				this.service.sample() || this.organization.sample(), stale);
	}

	private static String localized(Language language, String en, String ru, String kk) {
		String name = switch (language) {
			case EN -> en;
			case RU -> ru;
			case KK -> kk;
		};
		return (name != null && !name.isBlank()) ? name : en;
	}

}
