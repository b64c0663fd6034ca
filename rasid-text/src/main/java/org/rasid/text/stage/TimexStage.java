package org.rasid.text.stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Stage;
import org.rasid.text.date.DateFinder;
import org.rasid.text.date.TimeFinder;
import org.rasid.text.number.NumberFinder;
import org.rasid.text.number.NumberMention;

/**
 * Adds DATE, TIME, MONEY, PERCENT and NUMBER entities with parsed values to the entities layer, after the
 * named-entity stages (it both requires and provides the layer). Dates resolve against the document's
 * publication date when it has one. Where finds overlap, the first type in that list wins. A find that
 * overlaps an entity of another type already in the layer is dropped, unless that entity lies inside it and is a
 * MISC or NORP word the find reads better (the tagger's MISC on دولار in "60 مليون دولار", the NORP أمريكي in
 * "دولار أمريكي"); an entity of the same type inside or across it is replaced.
 */
public final class TimexStage implements Stage {
    private static final List<String> PRIORITY = List.of("DATE", "TIME", "MONEY", "PERCENT", "NUMBER");
    private static final Set<String> YIELDING = Set.of("MISC", "NORP");

    private final NumberFinder numbers = NumberFinder.standard();
    private final TimeFinder times = new TimeFinder();

    @Override
    public String name() {
        return "timex";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ENTITIES, Layers.PARAGRAPHS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        String text = doc.text();
        var found = new ArrayList<Entity>();
        DateFinder.find(tokens, published(doc)).forEach(d -> found.add(entity(text, d.start(), d.end(), "DATE", d.iso())));
        times.find(tokens).forEach(t -> found.add(entity(text, t.start(), t.end(), "TIME", t.value())));
        Set<Integer> paragraphStarts = new java.util.HashSet<>();
        doc.get(Layers.PARAGRAPHS).forEach(p -> paragraphStarts.add(p.start()));
        for (NumberMention n : numbers.find(tokens)) {
            if (!isListMarker(n, tokens, paragraphStarts)) {
                found.add(entity(text, n.start(), n.end(), n.type().name(), n.value()));
            }
        }
        found.sort(Comparator.comparingInt((Entity e) -> PRIORITY.indexOf(e.type())).thenComparingInt(Entity::start));
        var merged = new ArrayList<>(doc.get(Layers.ENTITIES));
        var added = new ArrayList<Entity>();
        for (Entity e : found) {
            boolean clashes = added.stream().anyMatch(a -> a.overlaps(e))
                    || merged.stream().anyMatch(m -> m.overlaps(e) && !m.type().equals(e.type())
                            && !(YIELDING.contains(m.type()) && e.contains(m)));
            if (!clashes) {
                merged.removeIf(m -> m.overlaps(e));
                added.add(e);
            }
        }
        merged.addAll(added);
        merged.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return doc.with(Layers.ENTITIES, merged);
    }

    /** A number opening a paragraph before "-", ")" or "." numbers a list item ("2 - يعاقب كل من"): no amount. */
    private static boolean isListMarker(NumberMention n, List<Token> tokens, Set<Integer> paragraphStarts) {
        if (n.type() != NumberMention.Type.NUMBER || !paragraphStarts.contains(n.start())) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= n.end()) {
                Token next = tokens.get(i);
                return next.type() == Token.Type.punct && Set.of("-", ")", ".").contains(next.text());
            }
        }
        return false;
    }

    private static Entity entity(String text, int start, int end, String type, Object value) {
        return new Entity(start, end, type, text.substring(start, end), value, null);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The publication date, or null when the document has none or it is not an ISO date. */
    private static LocalDate published(Document doc) {
        String p = doc.meta().published();
        if (p == null || p.length() < 10) {
            return null;
        }
        if (p.charAt(4) == '-' && p.charAt(7) == '-' && digits(p, 0, 4) && digits(p, 5, 7) && digits(p, 8, 10)) {
            // yyyy-MM-dd, what LocalDate.parse reads here, without its formatter (it runs per document)
            try {
                return LocalDate.of(Integer.parseInt(p, 0, 4, 10), Integer.parseInt(p, 5, 7, 10), Integer.parseInt(p, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                return null; // no such day, as LocalDate.parse says too
            }
        }
        try {
            return LocalDate.parse(p.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
