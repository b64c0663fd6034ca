package org.rasid.extract.actors;

import java.util.List;
import org.rasid.core.Span;

/**
 * One real-world actor met in a document: a stable {@code id} (a registry id such as "geonames:1138958" or
 * "rasid:taliban", or one derived from the normalized name), its fullest {@code name}, entity {@code type}, every
 * surface form it had ({@code aliases}) and where it was mentioned.
 */
public record Actor(String id, String name, String type, List<String> aliases, List<Mention> mentions) {
    public Actor {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public record Mention(int start, int end) implements Span {
    }
}
