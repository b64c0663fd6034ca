package org.rasid.extract.actors;

import java.util.List;

/**
 * Where a registry keeps the actors it meets while running, so that the next run, and other processes, give them
 * the same ids and know their aliases. A store keeps them in its database.
 */
public interface ActorJournal {
    /** Every actor saved so far, in the order first saved. */
    List<KnownActor> load();

    /** Saves an actor met for the first time, or new aliases of a saved one; kept for good once this returns. */
    void save(KnownActor actor);
}
