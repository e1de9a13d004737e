package org.senim.directory.hotline;

import java.util.List;

import org.senim.directory.city.City;

/** The answer of the hotline finder: national hotlines first, then the city's own. */
record Hotlines(City city, List<Hotline> national, List<Hotline> local) {

}
