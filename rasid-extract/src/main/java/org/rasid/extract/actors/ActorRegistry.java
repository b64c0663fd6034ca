package org.rasid.extract.actors;

import java.util.List;

/**
 * Actors known across documents. The default lives in memory, seeded from the module's resources; a store may
 * provide one that persists what {@link #register} adds, so ids stay the same across runs and machines.
 */
public interface ActorRegistry {
    /** The actor one of whose aliases has this {@link Names#key}, or null. */
    KnownActor find(String key);

    /** The actor with an alias written exactly so (after {@link org.rasid.extract.text.Arabic#normalize}), or null. */
    KnownActor findWritten(String normalized);

    /** Whether some alias looked for in running text starts with this normalized word. */
    boolean startsAlias(String firstWord);

    /** The most words an alias has, so running text is scanned with windows no longer than that. */
    int longestAliasWords();

    /** Adds an actor met for the first time (or more aliases of a known one); must be thread-safe. */
    void register(KnownActor actor);

    List<KnownActor> all();
}
