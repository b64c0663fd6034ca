package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.HashSieve;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/** The event triggers of {@code events/triggers.tsv}, matched on words with their clitics stripped. */
final class TriggerLexicon {
    /** {@code weak}: a killing word (مقتل) is an event only where no other word of violence in its sentence tells it. */
    record Entry(String type, String cameo, List<String> words, boolean weak) {
    }

    record Match(Entry entry, int start, int end) {
    }

    private static final List<String> CLITICS = List.of("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل");

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    /**
     * The {@link #forms} of a written word that start a trigger, for the words that have any: one lookup per word of
     * the text instead of building and looking up each of its forms.
     */
    private final Map<String, List<String>> firstForms = new HashMap<>();
    private final HashSieve written;

    TriggerLexicon() {
        for (String line : Resources.lines("events/triggers.tsv")) {
            String[] c = line.split("\t");
            for (String form : c[2].trim().split("\\s+")) {
                boolean weak = form.endsWith("?");
                var words = List.of(Arabic.normalize(weak ? form.substring(0, form.length() - 1) : form).split("_"));
                byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Entry(c[0], c[1].equals("-") ? null : c[1], words, weak));
            }
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        // every written word some form of which starts a trigger: a trigger word alone or behind a clitic
        for (String key : byFirst.keySet()) {
            var written = new ArrayList<String>(List.of(key));
            for (String c : CLITICS) {
                written.add(c + key);
                if (key.startsWith("ال") && (c.endsWith("ال") || c.equals("لل"))) {
                    written.add(c + key.substring(2));
                }
            }
            for (String w : written) {
                var starting = forms(w).stream().filter(byFirst::containsKey).toList();
                if (!starting.isEmpty()) {
                    firstForms.put(w, starting);
                }
            }
        }
        written = HashSieve.of(firstForms.keySet());
    }

    /** The longest trigger starting at word {@code i}, or null. */
    Match at(List<Word> words, int i) {
        String norm = words.get(i).norm();
        if (!written.mayContain(norm)) {
            return null; // most words: no trigger starts with them
        }
        for (String first : firstForms.getOrDefault(norm, List.of())) {
            for (Entry e : byFirst.get(first)) {
                if (rest(words, i, e.words())) {
                    return new Match(e, i, i + e.words().size());
                }
            }
        }
        return null;
    }

    private static boolean rest(List<Word> words, int i, List<String> form) {
        for (int k = 1; k < form.size(); k++) {
            if (i + k >= words.size() || Words.isPunct(words.get(i + k))) {
                return false;
            }
            String want = form.get(k);
            if (!forms(words.get(i + k).norm()).contains(want)) {
                return false;
            }
        }
        return true;
    }

    /** The word as written and without each clitic prefix it may carry (والهجوم → هجوم). */
    static List<String> forms(String norm) {
        var out = new ArrayList<String>();
        out.add(norm);
        for (String c : CLITICS) {
            if (norm.startsWith(c) && norm.length() - c.length() >= 2) {
                out.add(norm.substring(c.length()));
                if (c.endsWith("ال") || c.equals("لل")) {
                    out.add("ال" + norm.substring(c.length()));
                }
            }
        }
        return out;
    }
}
