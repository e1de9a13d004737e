package org.senim.directory.hsds;

import org.senim.directory.service.OrganizationRepository;
import org.senim.directory.service.PhoneRepository;
import org.senim.directory.service.ServiceRow;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The full HSDS document of one service: with its phones and its organization. */
@Component
public class HsdsDocuments {

	private final PhoneRepository phones;

	private final OrganizationRepository organizations;

	HsdsDocuments(PhoneRepository phones, OrganizationRepository organizations) {
		this.phones = phones;
		this.organizations = organizations;
	}

	public Mono<HsdsService> service(ServiceRow service) {
		return Mono
			.zip(this.phones.findByServiceIdOrderById(service.id()).map(HsdsPhone::of).collectList(),
					this.organizations.findById(service.organizationId()).map(HsdsOrganization::of))
			.map((parts) -> HsdsService.of(service, parts.getT1(), parts.getT2()));
	}

}
