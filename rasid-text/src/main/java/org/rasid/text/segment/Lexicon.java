package org.rasid.text.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word knowledge for the segmenter, keyed by spelling without marks: how often a form occurs
 * as a whole word in news text, and whether the Ayaspell lexicon lists it as a noun, a verb or a function word.
 * Read from the gzipped TSV {@code form count flags} that {@link LexiconBuilder} writes.
 */
final class Lexicon {
    static final int NOUN = 1;
    static final int VERB = 2;
    static final int FUNCTION = 4;
    static final String RESOURCE = "segmenter-lexicon.tsv.gz";

    private static final int FLAG_BITS = 3;
    private final Map<String, Integer> entries;

    Lexicon(Map<String, Integer> entries) {
        this.entries = entries;
    }

    /** The lexicon shipped on the classpath. */
    static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("segmenter lexicon missing from the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon read(InputStream gzipped) throws IOException {
        var entries = new HashMap<String, Integer>(1 << 19);
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                entries.put(line.substring(0, t1), pack(Integer.parseInt(line.substring(t1 + 1, t2)),
                        parseFlags(line.substring(t2 + 1))));
            }
        }
        return new Lexicon(entries);
    }

    static int pack(int count, int flags) {
        return Math.min(count, Integer.MAX_VALUE >> FLAG_BITS) << FLAG_BITS | flags;
    }

    static String formatFlags(int flags) {
        return ((flags & NOUN) != 0 ? "n" : "") + ((flags & VERB) != 0 ? "v" : "") + ((flags & FUNCTION) != 0 ? "f" : "");
    }

    private static int parseFlags(String s) {
        return (s.indexOf('n') >= 0 ? NOUN : 0) | (s.indexOf('v') >= 0 ? VERB : 0) | (s.indexOf('f') >= 0 ? FUNCTION : 0);
    }

    /** Occurrences of the form as a whole word in the news corpus. */
    int count(String form) {
        Integer e = entries.get(form);
        return e == null ? 0 : e >>> FLAG_BITS;
    }

    int flags(String form) {
        Integer e = entries.get(form);
        return e == null ? 0 : e & ((1 << FLAG_BITS) - 1);
    }

    int size() {
        return entries.size();
    }
}
