package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Resources;

/**
 * The registry: places from the gazetteers plus the curated actors, and whatever is registered while running, held
 * in memory for fast lookups. With an {@link ActorJournal}, what is registered is also saved there and read back by
 * the next registry opened on it, so ids and aliases outlive the process.
 */
public final class InMemoryActorRegistry implements ActorRegistry {
    private final ActorJournal journal;
    private final Map<String, KnownActor> byId = new ConcurrentHashMap<>();
    private final Map<String, KnownActor> byKey = new ConcurrentHashMap<>();
    /** Written only while seeding, before the registry is shared. */
    private final AliasTrie written = new AliasTrie();
    private volatile int longest = 1;

    private static final class Shared {
        static final InMemoryActorRegistry INSTANCE = fromResources();
    }

    /** One seeded registry per JVM, loaded on first use, shared by every pipeline (it is thread-safe). */
    public static InMemoryActorRegistry shared() {
        return Shared.INSTANCE;
    }

    private InMemoryActorRegistry(ActorJournal journal) {
        this.journal = journal;
    }

    /** Seeded from {@code actors/places.tsv} and {@code actors/curated.tsv}; curated lines win. Kept in memory only. */
    public static InMemoryActorRegistry fromResources() {
        return seeded(null);
    }

    /** Seeded like {@link #fromResources()}, plus every actor the journal saved; what is registered is saved to it. */
    public static InMemoryActorRegistry journaled(ActorJournal journal) {
        return seeded(java.util.Objects.requireNonNull(journal));
    }

    private static InMemoryActorRegistry seeded(ActorJournal journal) {
        var registry = new InMemoryActorRegistry(journal);
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
        // bodies (all curated; every gazetteer line is a place) before places: a name a body shares with a gazetteer
        // town (كونا, the Kuwaiti news agency, is also a town in Idaho) is the body's, as the first actor added under a
        // name keeps it; the sort is stable, so the files' order stays within each kind
        seed.values().stream().sorted(java.util.Comparator.comparing((KnownActor a) -> a.type().equals("LOC")))
                .forEach(a -> registry.add(a, !a.id().startsWith("geonames:") || scannablePlace(a.name(), notPlaces)));
        if (journal != null) {
            journal.load().forEach(a -> registry.add(a, false));
        }
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
    public AliasTrie.Node written(String firstWord) {
        return written.first(firstWord);
    }

    @Override
    public AliasTrie.Node written(String article, String word, int from) {
        return written.first(article, word, from);
    }

    @Override
    public boolean mayStartAliasEndingAs(String word) {
        return written.mayStartEndingAs(word);
    }

    @Override
    public int longestAliasWords() {
        return longest;
    }

    @Override
    public void register(KnownActor actor) {
        KnownActor known = byId.get(actor.id());
        if (known != null && known.aliases().containsAll(actor.aliases())) {
            return; // nothing new to add or save
        }
        add(actor, false);
        if (journal != null) {
            journal.save(actor);
        }
    }

    /** Seed actors are also looked for in running text; actors met while running only by key, so that what a run
     *  finds does not depend on the order in which it read its documents. */
    private void add(KnownActor actor, boolean scannable) {
        var merged = byId.merge(actor.id(), actor, (old, add) -> new KnownActor(old.id(), old.name(), old.type(),
                java.util.stream.Stream.concat(old.aliases().stream(), add.aliases().stream()).distinct().toList()));
        for (String alias : merged.aliases()) {
            String key = Names.key(alias);
            if (scannable) {
                written.add(Arabic.normalize(alias), merged);
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
