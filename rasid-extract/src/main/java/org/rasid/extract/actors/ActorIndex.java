package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.Span;

/**
 * Finds which actor a span of the text denotes, from the actors layer of one document. The rules ask this for
 * every phrase they look at, so the mentions are kept sorted by start and a question only reads those that can
 * lie inside the span.
 */
public final class ActorIndex {
    /** A mention with its actor and their rank in the layer (actor, then mention), which breaks ties as before. */
    private record Entry(Actor actor, Actor.Mention mention, int rank) {
    }

    private final Entry[] byStart;
    private final Map<String, Actor> byId = new HashMap<>();

    /** The last actors layer indexed on this thread and its index: quotes, relations and events share one. */
    private static final ThreadLocal<ActorIndex> LAST = new ThreadLocal<>();
    private final List<Actor> actors;

    /**
     * The index of an actors layer, built once per layer: a document's layer is one immutable list, which each
     * stage after the actors stage reads.
     */
    public static ActorIndex of(List<Actor> actors) {
        ActorIndex last = LAST.get();
        if (last == null || last.actors != actors) {
            last = new ActorIndex(actors);
            LAST.set(last);
        }
        return last;
    }

    public ActorIndex(List<Actor> actors) {
        this.actors = actors;
        var entries = new ArrayList<Entry>();
        for (Actor a : actors) {
            for (Actor.Mention m : a.mentions()) {
                entries.add(new Entry(a, m, entries.size()));
            }
            byId.putIfAbsent(a.id(), a);
        }
        byStart = entries.toArray(Entry[]::new);
        Arrays.sort(byStart, Comparator.comparingInt((Entry e) -> e.mention().start()).thenComparingInt(Entry::rank));
    }

    /**
     * The actor a phrase names: a person mentioned inside {@code span} (الأمين العام لأوبك عبدالله البدري names
     * البدري) and covering at least half of it, else an actor whose mention covers nearly all of it (حركة طالبان);
     * null if none.
     */
    public Actor within(Span span) {
        Entry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = firstAtOrAfter(span.start()); i < byStart.length && byStart[i].mention().start() < span.end(); i++) {
            Entry e = byStart[i];
            Actor.Mention m = e.mention();
            boolean person = e.actor().type().equals("PERS");
            // a person covering little of the phrase is a misread part of another name (ايمان in بايمان)
            boolean covers = person ? m.length() * 2 >= span.length() : m.length() * 3 >= span.length() * 2;
            if (!span.contains(m) || !covers) {
                continue;
            }
            int score = (person ? 1_000_000 : 0) + m.end();
            if (score > bestScore || score == bestScore && e.rank() < best.rank()) {
                best = e;
                bestScore = score;
            }
        }
        return best == null ? null : best.actor();
    }

    /** Every actor mentioned inside {@code span}, each once, in order of first mention there. */
    public List<Actor> allWithin(Span span) {
        var out = new ArrayList<Actor>();
        // seen by identity (hashing an actor record would hash all its aliases and mentions), and by reading the few
        // found so far until there are many: an identity set was made for every sentence of three stages
        java.util.Set<Actor> seen = null;
        for (int i = firstAtOrAfter(span.start()); i < byStart.length && byStart[i].mention().start() < span.end(); i++) {
            Actor a = byStart[i].actor();
            if (!span.contains(byStart[i].mention()) || (seen != null ? !seen.add(a) : containsSame(out, a))) {
                continue;
            }
            out.add(a);
            if (seen == null && out.size() == FEW) {
                seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                seen.addAll(out);
            }
        }
        return List.copyOf(out);
    }

    private static final int FEW = 8;

    private static boolean containsSame(List<Actor> actors, Actor a) {
        for (Actor o : actors) {
            if (o == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first actor of {@link #allWithin} that passes {@code test}, or null, without collecting the others: asked
     * about all of the text before a sentence, for every event that names no place.
     */
    public Actor firstWithin(Span span, java.util.function.Predicate<Actor> test) {
        for (int i = firstAtOrAfter(span.start()); i < byStart.length && byStart[i].mention().start() < span.end(); i++) {
            if (span.contains(byStart[i].mention()) && test.test(byStart[i].actor())) {
                return byStart[i].actor();
            }
        }
        return null;
    }

    public Actor byId(String id) {
        return byId.get(id);
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].mention().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
