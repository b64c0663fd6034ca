package org.rasid.store;

import java.util.List;

/**
 * An actor as {@code rasid actors} lists it: registry id, canonical name, type, every alias met (Arabic and Latin),
 * external ids where known (GeoNames, ISO 3166), and how often the stored articles mention it.
 */
public record ListedActor(String id, String name, String type, List<String> aliases, List<String> externalIds,
                          long mentions, long articles) {
    public ListedActor {
        aliases = List.copyOf(aliases);
        externalIds = List.copyOf(externalIds);
    }
}
