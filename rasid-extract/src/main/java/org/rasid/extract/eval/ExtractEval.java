package org.rasid.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.rasid.core.Article;
import org.rasid.core.Document;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.events.Event;
import org.rasid.extract.quotes.Quote;
import org.rasid.extract.relations.Relation;

/**
 * Scores quotes, events and relations against gold articles, one-to-one in reading order. A quote matches when
 * the speakers agree by name (the system speaker's actor name or any alias, or its written description) and the
 * contents overlap; an event when the types agree and its location or one actor agrees; a relation when subject,
 * predicate and object agree by name (either way round for the symmetric ENEMY_OF, RIVAL_OF, ALLY_OF).
 */
public final class ExtractEval {
    private static final Set<String> SYMMETRIC = Set.of("ENEMY_OF", "RIVAL_OF", "ALLY_OF");

    public record Result(int articles, Score quotes, Score events, Score relations) {
    }

    private final UnaryOperator<Document> pipeline;
    private final java.util.function.Consumer<String> misses;

    public ExtractEval(UnaryOperator<Document> pipeline) {
        this(pipeline, line -> { });
    }

    /** Also reports each gold item left unmatched and each extra extracted one, as a line, for error analysis. */
    public ExtractEval(UnaryOperator<Document> pipeline, java.util.function.Consumer<String> misses) {
        this.pipeline = pipeline;
        this.misses = misses;
    }

    public Result evaluate(List<GoldArticle> gold) {
        Score q = new Score(0, 0, 0);
        Score e = new Score(0, 0, 0);
        Score r = new Score(0, 0, 0);
        for (GoldArticle article : gold) {
            Document doc = pipeline.apply(toDocument(article));
            var names = namesById(doc.get(ExtractLayers.ACTORS));
            q = q.plus(scoreQuotes(article, doc, names));
            e = e.plus(scoreEvents(article, doc, names));
            r = r.plus(scoreRelations(article, doc, names));
        }
        return new Result(gold.size(), q, e, r);
    }

    /** The article as `rasid analyze` would read it: the title, then the content as one body block. */
    public static Document toDocument(GoldArticle a) {
        var meta = Metadata.of(a.id() == null ? "gold" : a.id()).withPublished(a.published());
        var blocks = new ArrayList<Article.Block>();
        for (String block : a.content().split("\\n\\s*\\n")) {
            blocks.add(new Article.Block(block, Paragraph.Kind.paragraph));
        }
        return new Article(meta, a.title(), blocks).toDocument();
    }

    static Map<String, List<String>> namesById(List<Actor> actors) {
        var out = new LinkedHashMap<String, List<String>>();
        for (Actor a : actors) {
            var names = new ArrayList<String>();
            names.add(a.name());
            names.addAll(a.aliases());
            out.put(a.id(), names);
        }
        return out;
    }

    private Score scoreQuotes(GoldArticle a, Document doc, Map<String, List<String>> names) {
        var system = new ArrayList<>(doc.get(ExtractLayers.QUOTES));
        int matched = 0;
        for (var g : a.quotes()) {
            int[] head = locate(doc.text(), g.contentHead());
            boolean found = false;
            for (Quote s : system) {
                var speakerNames = new ArrayList<String>(names.getOrDefault(s.speaker(), List.of()));
                speakerNames.add(s.speakerText());
                boolean overlaps = head != null ? head[0] < s.end() && s.start() < head[1]
                        : s.content().contains(g.contentHead());
                if (overlaps && NameMatch.agrees(g.speaker(), speakerNames)) {
                    system.remove(s);
                    matched++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                misses.accept(a.id() + " missed quote: " + g);
            }
        }
        system.forEach(s -> misses.accept(a.id() + " extra quote: " + s.speakerText() + " | " + s.verb() + " | "
                + s.content().substring(0, Math.min(50, s.content().length()))));
        return new Score(matched, a.quotes().size(), doc.get(ExtractLayers.QUOTES).size());
    }

    private Score scoreEvents(GoldArticle a, Document doc, Map<String, List<String>> names) {
        // gold lists only what happened: denied, planned or feared events are not scored
        var happened = doc.get(ExtractLayers.EVENTS).stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
        var system = new ArrayList<>(happened);
        int matched = 0;
        for (var g : a.events()) {
            boolean found = false;
            for (Event s : system) {
                if (!s.type().equals(g.type())) {
                    continue;
                }
                boolean location = s.location() != null && NameMatch.agrees(g.location(), names.getOrDefault(s.location(), List.of()));
                boolean actor = false;
                for (String ga : g.actors()) {
                    for (String id : s.actors()) {
                        actor |= NameMatch.agrees(ga, names.getOrDefault(id, List.of()));
                    }
                }
                if (location || actor) {
                    system.remove(s);
                    matched++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                misses.accept(a.id() + " missed event: " + g);
            }
        }
        system.forEach(s -> misses.accept(a.id() + " extra event: " + s.type() + " " + s.trigger().text() + " @"
                + names.get(s.location()) + " " + s.actors().stream().map(id -> names.getOrDefault(id, List.of(id)).get(0)).toList()));
        return new Score(matched, a.events().size(), happened.size());
    }

    private Score scoreRelations(GoldArticle a, Document doc, Map<String, List<String>> names) {
        var system = new ArrayList<>(doc.get(ExtractLayers.RELATIONS));
        int matched = 0;
        for (var g : a.relations()) {
            boolean found = false;
            for (Relation s : system) {
                if (!s.predicate().equals(g.predicate())) {
                    continue;
                }
                var subj = names.getOrDefault(s.subject(), List.of());
                var obj = names.getOrDefault(s.object(), List.of());
                boolean same = NameMatch.agrees(g.subject(), subj) && NameMatch.agrees(g.object(), obj);
                boolean swapped = SYMMETRIC.contains(g.predicate())
                        && NameMatch.agrees(g.subject(), obj) && NameMatch.agrees(g.object(), subj);
                if (same || swapped) {
                    system.remove(s);
                    matched++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                misses.accept(a.id() + " missed relation: " + g);
            }
        }
        system.forEach(s -> misses.accept(a.id() + " extra relation: " + names.get(s.subject()) + " " + s.predicate()
                + " " + names.get(s.object())));
        return new Score(matched, a.relations().size(), doc.get(ExtractLayers.RELATIONS).size());
    }

    /** Where a gold excerpt lies in the analysed text (whitespace runs may differ), or null. */
    static int[] locate(String text, String excerpt) {
        int at = text.indexOf(excerpt);
        if (at >= 0) {
            return new int[] {at, at + excerpt.length()};
        }
        String stripped = excerpt.strip();
        at = stripped.isEmpty() ? -1 : text.indexOf(stripped);
        return at < 0 ? null : new int[] {at, at + stripped.length()};
    }
}
