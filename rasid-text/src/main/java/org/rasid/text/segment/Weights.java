package org.rasid.text.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;

/** The scorer's weights as a small TSV, {@code feature<TAB>weight}, one line per {@link CutScorer} feature. */
final class Weights {
    static final String RESOURCE = "segmenter-weights.tsv";

    private Weights() {
    }

    static double[] standard() {
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("segmenter weights missing from the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] read(InputStream in) throws IOException {
        var byName = new HashMap<String, Double>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    byName.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
        }
        double[] w = new double[CutScorer.SIZE];
        for (int i = 0; i < w.length; i++) {
            Double v = byName.get(CutScorer.featureName(i));
            if (v == null) {
                throw new IllegalStateException("segmenter weights lack feature " + CutScorer.featureName(i));
            }
            w[i] = v;
        }
        return w;
    }

    static void write(double[] w, Writer out) throws IOException {
        for (int i = 0; i < w.length; i++) {
            out.write(CutScorer.featureName(i) + '\t' + String.format(Locale.ROOT, "%.4f", w[i]) + '\n');
        }
        out.flush();
    }
}
