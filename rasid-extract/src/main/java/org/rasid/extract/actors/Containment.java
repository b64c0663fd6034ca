package org.rasid.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.extract.text.Resources;

/**
 * Which country, and which first-level area of it, each GeoNames town of the registry lies in ({@code
 * actors/containment.tsv.gz}, rebuilt by {@code scripts/build-containment.sh} from the cities table the shared gazetteer
 * came from). Ids are the registry's: the town {@code geonames:415189} (Aden) lies in {@code iso3166:YE}, area
 * {@code YE.02}.
 */
public final class Containment {
    private static final String COUNTRY = "iso3166:";
    private static final String TOWN = "geonames:";

    private final Map<String, String> country = new HashMap<>();
    private final Map<String, String> area = new HashMap<>();

    private static final class Shared {
        static final Containment INSTANCE = of(Resources.lines("actors/containment.tsv.gz"));
    }

    /** The module's table, loaded on first use (immutable once built, so shared by every pipeline). */
    public static Containment shared() {
        return Shared.INSTANCE;
    }

    /** A table from lines "geonameid TAB country code TAB admin1 code" (the admin1 code may be empty). */
    public static Containment of(List<String> lines) {
        var table = new Containment();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length < 2 || c[1].length() != 2) {
                throw new IllegalArgumentException("bad containment line: " + line);
            }
            table.country.put(TOWN + c[0], COUNTRY + c[1]);
            if (c.length > 2 && !c[2].isEmpty()) {
                table.area.put(TOWN + c[0], c[1] + "." + c[2]);
            }
        }
        return table;
    }

    private Containment() {
    }

    /** The country id a GeoNames town lies in ({@code iso3166:YE}), or null for any other id or an unknown town. */
    public String countryOf(String placeId) {
        return placeId == null ? null : country.get(placeId);
    }

    /** The first-level area a GeoNames town lies in, as the shared gazetteer keys it ({@code YE.02}), or null. */
    public String areaOf(String placeId) {
        return placeId == null ? null : area.get(placeId);
    }

    /** Whether {@code inner} is a town of the country {@code outer}. */
    public boolean within(String inner, String outer) {
        return outer != null && outer.equals(countryOf(inner));
    }

    /** How many towns the table places. */
    public int size() {
        return country.size();
    }
}
