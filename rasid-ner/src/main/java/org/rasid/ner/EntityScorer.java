package org.rasid.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exact-span entity scores as conlleval computes them: a chunk counts only when its type and both ends match. */
final class EntityScorer {
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {gold, predicted, correct}
    private final int[][] confusion = new int[Labels.TYPES.size() + 1][Labels.TYPES.size() + 1];

    EntityScorer() {
        Labels.TYPES.forEach(t -> counts.put(t, new int[3]));
    }

    /** A chunk: [start, end) token indices and its type. */
    record Chunk(int start, int end, String type) {
    }

    static List<Chunk> chunks(List<String> tags) {
        var out = new java.util.ArrayList<Chunk>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = type != null && tag.startsWith("I-") && tag.substring(2).equals(type);
            if (!continues) {
                if (type != null) {
                    out.add(new Chunk(start, i, type));
                }
                type = tag.equals("O") ? null : tag.substring(2);
                start = i;
            }
        }
        return out;
    }

    void add(List<String> gold, List<String> predicted) {
        List<Chunk> g = chunks(gold);
        List<Chunk> p = chunks(predicted);
        Set<Chunk> goldSet = new HashSet<>(g);
        g.forEach(c -> counts.get(c.type())[0]++);
        for (Chunk c : p) {
            counts.get(c.type())[1]++;
            if (goldSet.contains(c)) {
                counts.get(c.type())[2]++;
            }
        }
        confuse(g, p);
    }

    /** Type confusion over spans that match exactly; row = gold, column = predicted, last index = none. */
    private void confuse(List<Chunk> gold, List<Chunk> predicted) {
        int none = Labels.TYPES.size();
        var bySpan = new java.util.HashMap<Long, String>();
        predicted.forEach(c -> bySpan.put(((long) c.start() << 32) | c.end(), c.type()));
        var matched = new HashSet<Long>();
        for (Chunk c : gold) {
            long key = ((long) c.start() << 32) | c.end();
            String t = bySpan.get(key);
            confusion[Labels.TYPES.indexOf(c.type())][t == null ? none : Labels.TYPES.indexOf(t)]++;
            if (t != null) {
                matched.add(key);
            }
        }
        for (Chunk c : predicted) {
            if (!matched.contains(((long) c.start() << 32) | c.end())) {
                confusion[none][Labels.TYPES.indexOf(c.type())]++;
            }
        }
    }

    Scores scores() {
        var perType = new LinkedHashMap<String, Scores.Prf>();
        int gold = 0, pred = 0, correct = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            perType.put(e.getKey(), Scores.Prf.of(c[0], c[1], c[2]));
            gold += c[0];
            pred += c[1];
            correct += c[2];
        }
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return new Scores(Scores.Prf.of(gold, pred, correct), perType, copy);
    }
}
