package org.senim.directory.admin;

import java.util.List;

import org.senim.directory.service.OrganizationRow;
import org.senim.directory.service.PhoneRow;
import org.senim.directory.service.ServiceRow;

/** One service of an HSDS import, with its organization and phones, as rows to upsert. */
record ImportedService(OrganizationRow organization, ServiceRow service, List<PhoneRow> phones) {

}
