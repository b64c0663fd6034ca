package org.rasid.extract;

import org.rasid.core.Layer;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.events.Event;
import org.rasid.extract.quotes.Quote;
import org.rasid.extract.relations.Relation;

/** The layers this module adds to a document (documented in docs/schema.md). */
public final class ExtractLayers {
    public static final Layer<Actor> ACTORS = Layer.of("actors", Actor.class);
    public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
    public static final Layer<Event> EVENTS = Layer.of("events", Event.class);
    public static final Layer<Relation> RELATIONS = Layer.of("relations", Relation.class);

    private ExtractLayers() {
    }
}
