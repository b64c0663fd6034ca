package org.rasid.extract.actors;

import java.util.List;
import org.rasid.core.Span;

/**
 * One real-world actor met in a document: a stable {@code id} (a registry id such as "geonames:1138958" or
 * "rasid:taliban", or one derived from the normalized name), its fullest {@code name}, entity {@code type}, every
 * surface form it had ({@code aliases}), where it was mentioned, and for a GeoNames town the id of the country it lies
 * in ({@code "iso3166:AF"}; null for any other actor).
 */
public record Actor(String id, String name, String type, List<String> aliases, List<Mention> mentions, String country) {
    public Actor {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** An actor whose country, if it is a GeoNames town, is the one {@link Containment#shared()} places it in. */
    public Actor(String id, String name, String type, List<String> aliases, List<Mention> mentions) {
        this(id, name, type, aliases, mentions, Containment.shared().countryOf(id));
    }

    public record Mention(int start, int end) implements Span {
    }
}
