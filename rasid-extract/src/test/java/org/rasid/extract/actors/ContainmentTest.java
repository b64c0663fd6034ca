package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The town-in-country table: its loader, and the shipped table against the shared gazetteer it was built for. */
class ContainmentTest {
    @Test
    void aTownLiesInItsCountryAndArea() {
        var table = Containment.of(List.of("415189\tYE\t02", "98182\tIQ\t07", "1\tXK\t"));
        assertThat(table.countryOf("geonames:415189")).isEqualTo("iso3166:YE");
        assertThat(table.areaOf("geonames:415189")).isEqualTo("YE.02");
        assertThat(table.within("geonames:98182", "iso3166:IQ")).isTrue();
        assertThat(table.within("geonames:98182", "iso3166:YE")).isFalse();
        assertThat(table.areaOf("geonames:1")).isNull();
        assertThat(table.countryOf("iso3166:YE")).isNull(); // a country lies in nothing the table knows
        assertThat(table.countryOf("rasid:x")).isNull();
    }

    @Test
    void aLineWithoutACountryCodeIsRefused() {
        assertThatThrownBy(() -> Containment.of(List.of("415189"))).hasMessageContaining("415189");
    }

    @Test
    void theShippedTablePlacesEveryGazetteerTownInACountryAndAnAreaTheGazetteerKnows() throws IOException {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        var towns = new HashSet<String>();
        var areas = new HashSet<String>();
        for (String line : Files.readAllLines(Path.of(shared, "data/gazetteers/geonames_ar_en.tsv"))) {
            String id = line.split("\t")[0];
            (id.matches("[0-9]+") ? towns : areas).add(id);
        }
        var table = Containment.shared();
        assertThat(table.size()).isEqualTo(towns.size());
        long placed = towns.stream().filter(t -> table.countryOf("geonames:" + t) != null).count();
        assertThat(placed).isEqualTo(towns.size());
        long areaKnown = towns.stream().map(t -> table.areaOf("geonames:" + t)).filter(areas::contains).count();
        assertThat(areaKnown).as("towns whose area the gazetteer names").isGreaterThan(towns.size() / 2);
        assertThat(table.countryOf("geonames:415189")).isEqualTo("iso3166:YE"); // Aden
        assertThat(table.areaOf("geonames:98182")).isEqualTo("IQ.07"); // Baghdad, in Baghdad Governorate
    }
}
