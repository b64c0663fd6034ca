package org.rasid.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Multi-word names of one class (GeoNames places, countries), matched longest-first on the folded stems of a
 * sentence. Stored as gzipped text {@code CLASS<TAB>name} sorted, one a line; {@link #fromGeoNames} builds it
 * from the shared gazetteer files.
 */
final class Gazetteer {
    static final int MAX_WORDS = 5;
    static final Gazetteer EMPTY = new Gazetteer(Map.of());

    private final Map<String, String> names; // folded name, words joined by a space -> class
    /** The names word by word, each with its "B-" and "I-" marks. */
    private final NameTrie<String[]> trie;

    Gazetteer(Map<String, String> names) {
        this.names = names;
        var prefixes = new java.util.HashSet<String>(); // every leading word sequence of a name, so matching stops early
        for (String name : names.keySet()) {
            for (int sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
                prefixes.add(name.substring(0, sp));
            }
        }
        var marks = new HashMap<String, String[]>(); // one pair per class
        var named = new HashMap<String, String[]>();
        names.forEach((name, cls) -> named.put(name, marks.computeIfAbsent(cls, c -> new String[] {"B-" + c, "I-" + c})));
        this.trie = NameTrie.of(named, prefixes);
    }

    int size() {
        return names.size();
    }

    /**
     * For each token, "B-CLASS" / "I-CLASS" when it starts / continues the longest gazetteer match, else null.
     * A single-word match whose stem is also a frequent plain word is still marked; the model weighs it.
     */
    String[] match(String[] stems) {
        return match(stems, null);
    }

    /** Whether a name may start at this stem: it is a name, or the first word of one. */
    boolean mayStart(String stem) {
        return trie.starts(stem);
    }

    /** The same, where {@code mayStart[i]} (null: look up) is {@link #mayStart} of each stem, known beforehand. */
    String[] match(String[] stems, boolean[] mayStart) {
        var out = new String[stems.length];
        int i = 0;
        while (i < stems.length) {
            int matched = mayStart != null && !mayStart[i] ? 0 : trie.longest(stems, i, MAX_WORDS);
            if (matched == 0) {
                i++;
                continue;
            }
            String[] marks = trie.get(stems, i, i + matched);
            out[i] = marks[0];
            for (int k = 1; k < matched; k++) {
                out[i + k] = marks[1];
            }
            i += matched;
        }
        return out;
    }

    static Gazetteer read(InputStream in) throws IOException {
        var map = new HashMap<String, String>();
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(tab + 1), line.substring(0, tab));
                }
            }
        }
        return new Gazetteer(map);
    }

    /** The lines of the stored form, sorted (so the file is reproducible). */
    List<String> lines() {
        var sorted = new TreeSet<String>();
        names.forEach((name, cls) -> sorted.add(cls + "\t" + name));
        return List.copyOf(sorted);
    }

    /** Countries ({@code CTRY}) and GeoNames places ({@code PLACE}) with Arabic names, from the shared TSV files. */
    static Gazetteer fromGeoNames(Path dir) throws IOException {
        var map = new HashMap<String, String>();
        addColumn(dir.resolve("geonames_ar_en.tsv"), 2, "PLACE", map);
        addColumn(dir.resolve("countries_ar_en.tsv"), 2, "CTRY", map);
        return new Gazetteer(map);
    }

    private static void addColumn(Path file, int column, String cls, Map<String, String> map) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length <= column) {
                continue;
            }
            for (String variant : f[column].split("\\|")) {
                String key = String.join(" ", Arrays.stream(variant.trim().split("\\s+")).map(ArabicFold::fold).toList());
                if (key.length() > 1) {
                    map.put(key, cls);
                }
            }
        }
    }
}
