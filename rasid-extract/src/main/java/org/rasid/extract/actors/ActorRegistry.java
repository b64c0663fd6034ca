package org.rasid.extract.actors;

import java.util.List;

/**
 * Actors known across documents. The default lives in memory, seeded from the module's resources; a store may
 * provide one that persists what {@link #register} adds, so ids stay the same across runs and machines.
 */
public interface ActorRegistry {
    /** The actor one of whose aliases has this {@link Names#key}, or null. */
    KnownActor find(String key);

    /**
     * Where the aliases looked for in running text that start with this normalized word (after {@link
     * org.rasid.extract.text.Arabic#normalize}) go on, or null when none starts with it.
     */
    AliasTrie.Node written(String firstWord);

    /**
     * As {@link #written(String)} for the word {@code article + word.substring(from)} (a word with its clitics
     * stripped), which an implementation need not build when no alias starts with it.
     */
    default AliasTrie.Node written(String article, String word, int from) {
        return written(article + word.substring(from));
    }

    /**
     * False when no alias looked for in running text starts with a word of three letters or more ending as
     * {@code word} does (its last three letters): every form {@link #written} is asked for, the word or its rest
     * after a clitic with or without ال before it, ends so. A quick "no" for most words, before trying each clitic.
     */
    default boolean mayStartAliasEndingAs(String word) {
        return true;
    }

    /** The most words an alias has, so running text is scanned with windows no longer than that. */
    int longestAliasWords();

    /** Adds an actor met for the first time (or more aliases of a known one); must be thread-safe. */
    void register(KnownActor actor);

    List<KnownActor> all();
}
