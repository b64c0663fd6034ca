package org.rasid.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasid.core.Article;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.Layers;
import org.rasid.core.RasidException;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.extract.eval.WojoodSentence.Span;

/**
 * Scores Rasid's non-name entity types against Wojood gold where the two schemes overlap. Each sentence is analysed
 * alone (the sample's sentences come from unrelated texts), Rasid types are renamed to Wojood's ({@link #TO_WOJOOD}),
 * and a system entity covers every token it touches (Wojood labels whole tokens: والأكراد, not الأكراد). Exact
 * scoring needs the same tokens and type as a gold entity at any nesting level; relaxed scoring only an overlap, one
 * gold entity per system entity.
 */
public final class WojoodEval {
    /** Rasid's type → Wojood's: ROLE is Wojood's OCC, NUMBER its CARDINAL. */
    public static final Map<String, String> TO_WOJOOD = Map.of("DATE", "DATE", "TIME", "TIME", "ROLE", "OCC",
            "NORP", "NORP", "NUMBER", "CARDINAL", "MONEY", "MONEY", "PERCENT", "PERCENT");
    /** The Wojood types scored by default, in report order. */
    public static final List<String> TYPES = List.of("DATE", "TIME", "OCC", "NORP", "CARDINAL", "MONEY", "PERCENT");

    /** Per Wojood type, exact and relaxed counts; {@code tokens} and {@code sentences} read. */
    public record Result(Map<String, Score> exact, Map<String, Score> relaxed, int sentences, int tokens) {
        /**
         * One JSON line in the shape of {@code rasid eval ner}, percentages rounded to 0.01: micro and per type
         * p/r/f1 with support (gold) and predicted counts, each with its relaxed (overlap) scores.
         */
        public ObjectNode toJson(double seconds) {
            ObjectNode root = DocumentJson.MAPPER.createObjectNode();
            root.set("micro", prf(sum(exact), sum(relaxed)));
            ObjectNode per = root.putObject("per_type");
            exact.forEach((type, score) -> per.set(type, prf(score, relaxed.get(type))));
            root.put("sentences", sentences);
            root.put("tokens", tokens);
            root.put("seconds", Math.round(seconds * 100) / 100.0);
            return root;
        }

        private static Score sum(Map<String, Score> scores) {
            return scores.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        }

        private static ObjectNode prf(Score exact, Score relaxed) {
            ObjectNode n = percentages(exact).put("support", exact.gold()).put("predicted", exact.system());
            n.set("relaxed", percentages(relaxed));
            return n;
        }

        private static ObjectNode percentages(Score s) {
            return DocumentJson.MAPPER.createObjectNode().put("p", pct(s.precision())).put("r", pct(s.recall()))
                    .put("f1", pct(s.f1()));
        }

        private static double pct(double x) {
            return Math.round(x * 10000) / 100.0;
        }
    }

    private final UnaryOperator<Document> pipeline;
    private final List<String> types;
    private final Consumer<String> misses;

    /** {@code misses} receives one line per gold entity not matched exactly and per system entity matching none. */
    public WojoodEval(UnaryOperator<Document> pipeline, List<String> types, Consumer<String> misses) {
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new RasidException(RasidException.Problem.USAGE, "--types",
                        "no Rasid type maps to Wojood's '" + t + "' (choose from " + String.join(",", TYPES) + ")");
            }
        }
        this.pipeline = pipeline;
        this.types = List.copyOf(types);
        this.misses = misses;
    }

    public Result evaluate(List<WojoodSentence> sentences) {
        var exact = new LinkedHashMap<String, Score>();
        var relaxed = new LinkedHashMap<String, Score>();
        types.forEach(t -> {
            exact.put(t, new Score(0, 0, 0));
            relaxed.put(t, new Score(0, 0, 0));
        });
        int tokens = 0;
        for (WojoodSentence s : sentences) {
            tokens += s.tokens().size();
            List<Span> system = systemSpans(s, pipeline.apply(toDocument(s)));
            for (String type : types) {
                List<Span> g = s.entities().stream().filter(e -> e.type().equals(type)).distinct().toList();
                List<Span> p = system.stream().filter(e -> e.type().equals(type)).toList();
                exact.merge(type, exact(s, g, p), Score::plus);
                relaxed.merge(type, relaxed(g, p), Score::plus);
            }
        }
        return new Result(exact, relaxed, sentences.size(), tokens);
    }

    /** The sentence as `rasid analyze` reads a one-paragraph article without a title. */
    static Document toDocument(WojoodSentence s) {
        var block = new Article.Block(s.text(), Paragraph.Kind.paragraph);
        return new Article(Metadata.of(s.source()), null, List.of(block)).toDocument();
    }

    /** The system's entities of the scored types as token spans: each covers every token it touches. */
    static List<Span> systemSpans(WojoodSentence s, Document doc) {
        var out = new ArrayList<Span>();
        int n = s.tokens().size();
        for (Entity e : doc.get(Layers.ENTITIES)) {
            String type = TO_WOJOOD.get(e.type());
            if (type == null) {
                continue;
            }
            int first = 0;
            while (first < n && s.end(first) <= e.start()) {
                first++;
            }
            int last = first;
            while (last < n && s.start(last) < e.end()) {
                last++;
            }
            if (last > first) {
                out.add(new Span(first, last, type));
            }
        }
        return out;
    }

    private Score exact(WojoodSentence s, List<Span> gold, List<Span> system) {
        int matched = 0;
        for (Span g : gold) {
            if (system.contains(g)) {
                matched++;
            } else {
                misses.accept("missed " + g.type() + ": " + s.words(g) + "  | " + s.source() + " " + s.text());
            }
        }
        for (Span p : system) {
            if (!gold.contains(p)) {
                String near = gold.stream().filter(p::overlaps).map(s::words).findFirst().map(w -> " (gold: " + w + ")").orElse("");
                misses.accept("extra " + p.type() + ": " + s.words(p) + near + "  | " + s.source() + " " + s.text());
            }
        }
        return new Score(matched, gold.size(), system.size());
    }

    private static Score relaxed(List<Span> gold, List<Span> system) {
        var free = new ArrayList<>(system);
        int matched = 0;
        for (Span g : gold) {
            for (Span p : free) {
                if (p.overlaps(g)) {
                    free.remove(p);
                    matched++;
                    break;
                }
            }
        }
        return new Score(matched, gold.size(), system.size());
    }
}
