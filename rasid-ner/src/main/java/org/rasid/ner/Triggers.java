package org.rasid.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Title and trigger words (الرئيس, حركة, مدينة ...) from the hand-written list {@code triggers.txt}. */
final class Triggers {
    private static final Map<String, String> WORDS = load();

    private Triggers() {
    }

    /** The trigger class of a folded stem (with or without its article), or null. */
    static String of(String stem) {
        String c = WORDS.get(stem);
        if (c == null && stem.startsWith("ال") && stem.length() > 3) {
            c = WORDS.get(stem.substring(2));
        }
        return c;
    }

    private static Map<String, String> load() {
        var map = new HashMap<String, String>();
        try (var in = Triggers.class.getResourceAsStream("triggers.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (String w : f[1].split(" ")) {
                    String stem = ArabicFold.fold(w);
                    map.putIfAbsent(stem, f[0]);
                    if (stem.startsWith("ال")) {
                        map.putIfAbsent(stem.substring(2), f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
