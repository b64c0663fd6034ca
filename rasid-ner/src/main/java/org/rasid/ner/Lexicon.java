package org.rasid.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What raw news taught about each word form (folded, proclitics stripped): how often it occurs and its word
 * clusters at three granularities (coarse to fine, like Brown-cluster bit-string prefixes). Built by
 * {@link ClusterTrainer}; stored as a gzipped TSV {@code form count context c1 ... c6} (-1 = no cluster; context:
 * {@link TriggerContext}, "-" for none). Version 1 files have no context column.
 */
public final class Lexicon {
    static final String HEADER = "#rasid-lexicon 2", HEADER_1 = "#rasid-lexicon 1";
    public static final Lexicon EMPTY = new Lexicon(Map.of());

    record Entry(int count, int[] clusters, String context) {
        Entry(int count, int[] clusters) {
            this(count, clusters, TriggerContext.NONE);
        }
    }

    private final Map<String, Entry> entries;

    Lexicon(Map<String, Entry> entries) {
        this.entries = entries;
    }

    Entry get(String form) {
        return entries.get(form);
    }

    int count(String form) {
        Entry e = entries.get(form);
        return e == null ? 0 : e.count();
    }

    int size() {
        return entries.size();
    }

    static Lexicon read(InputStream in, String name) throws IOException {
        var map = new HashMap<String, Entry>();
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            boolean context = HEADER.equals(line);
            if (!context && !HEADER_1.equals(line)) {
                throw new IOException(name + " is not a rasid lexicon");
            }
            int first = context ? 3 : 2;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                int[] clusters = new int[f.length - first];
                for (int i = 0; i < clusters.length; i++) {
                    clusters[i] = Integer.parseInt(f[i + first]);
                }
                map.put(f[0], new Entry(Integer.parseInt(f[1]), clusters, context ? f[2].intern() : TriggerContext.NONE));
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(name + ": corrupt lexicon line", e);
        }
        return new Lexicon(map);
    }

    /** Writes the entries sorted by form, so equal lexicons give equal bytes. */
    static void write(OutputStream out, Lexicon lexicon) throws IOException {
        Map<String, Entry> entries = lexicon.entries;
        List<String> forms = entries.keySet().stream().sorted().toList();
        try (var w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(HEADER);
            w.write('\n');
            for (String form : forms) {
                Entry e = entries.get(form);
                w.write(form);
                w.write('\t');
                w.write(Integer.toString(e.count()));
                w.write('\t');
                w.write(e.context());
                for (int c : e.clusters()) {
                    w.write('\t');
                    w.write(Integer.toString(c));
                }
                w.write('\n');
            }
        }
    }
}
