package org.rasid.extract.actors;

import java.util.List;

/** A registry entry: a stable id, canonical name, type, and aliases in Arabic and Latin script. */
public record KnownActor(String id, String name, String type, List<String> aliases) {
    public KnownActor {
        aliases = List.copyOf(aliases);
    }
}
