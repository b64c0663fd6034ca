package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Resources;

/** The default registry: places from the gazetteers plus the curated actors, and whatever is registered while running. */
public final class InMemoryActorRegistry implements ActorRegistry {
    private final Map<String, KnownActor> byId = new ConcurrentHashMap<>();
    private final Map<String, KnownActor> byKey = new ConcurrentHashMap<>();
    private final Map<String, KnownActor> bySurface = new ConcurrentHashMap<>();
    private final java.util.Set<String> firstWords = ConcurrentHashMap.newKeySet();
    private volatile int longest = 1;

    private static final class Shared {
        static final InMemoryActorRegistry INSTANCE = fromResources();
    }

    /** One seeded registry per JVM, loaded on first use, shared by every pipeline (it is thread-safe). */
    public static InMemoryActorRegistry shared() {
        return Shared.INSTANCE;
    }

    /** Seeded from {@code actors/places.tsv} and {@code actors/curated.tsv}; curated lines win. */
    public static InMemoryActorRegistry fromResources() {
        var registry = new InMemoryActorRegistry();
        var seed = new LinkedHashMap<String, KnownActor>();
        for (String file : List.of("actors/places.tsv", "actors/curated.tsv")) {
            for (String line : Resources.lines(file)) {
                String[] c = line.split("\t");
                var aliases = new ArrayList<String>(Arrays.asList(c[2].split("\\|")));
                if (c.length > 3) {
                    aliases.addAll(Arrays.asList(c[3].split("\\|")));
                }
                var previous = seed.get(c[0]);
                if (previous != null) {
                    aliases.addAll(previous.aliases()); // curated names first: the first Arabic name is canonical
                }
                seed.put(c[0], new KnownActor(c[0], aliases.get(0), c[1], aliases.stream().distinct().toList()));
            }
        }
        var notPlaces = Resources.wordSet("actors/not-places.txt");
        seed.values().forEach(a -> registry.add(a, !a.id().startsWith("geonames:") || scannablePlace(a.name(), notPlaces)));
        return registry;
    }

    /** A gazetteer town is looked for in running text only if its name cannot be read as a common word. */
    private static boolean scannablePlace(String name, java.util.Set<String> notPlaces) {
        String key = Names.key(name);
        return key.replace(" ", "").length() >= 4 && !notPlaces.contains(Arabic.normalize(name)) && !notPlaces.contains(key);
    }

    @Override
    public KnownActor find(String key) {
        return byKey.get(key);
    }

    @Override
    public KnownActor findWritten(String normalized) {
        return bySurface.get(normalized);
    }

    @Override
    public boolean startsAlias(String firstWord) {
        return firstWords.contains(firstWord);
    }

    @Override
    public int longestAliasWords() {
        return longest;
    }

    @Override
    public void register(KnownActor actor) {
        add(actor, false);
    }

    /** Seed actors are also looked for in running text; actors met while running only by key, so that what a run
     *  finds does not depend on the order in which it read its documents. */
    private void add(KnownActor actor, boolean scannable) {
        var merged = byId.merge(actor.id(), actor, (old, add) -> new KnownActor(old.id(), old.name(), old.type(),
                java.util.stream.Stream.concat(old.aliases().stream(), add.aliases().stream()).distinct().toList()));
        for (String alias : merged.aliases()) {
            String key = Names.key(alias);
            if (scannable) {
                String written = Arabic.normalize(alias);
                bySurface.putIfAbsent(written, merged);
                firstWords.add(written.split(" ")[0]);
            }
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, merged);
                byKey.computeIfPresent(key, (k, v) -> v.id().equals(merged.id()) ? merged : v);
                longest = Math.max(longest, key.split(" ").length);
            }
        }
    }

    @Override
    public List<KnownActor> all() {
        return List.copyOf(byId.values());
    }
}
