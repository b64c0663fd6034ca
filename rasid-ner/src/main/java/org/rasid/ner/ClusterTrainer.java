package org.rasid.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Learns word clusters from raw news, for names never seen in the labelled data. Each frequent stem (folded,
 * proclitics split off with corpus counts) is described by its left and right neighbours, weighted by positive
 * PMI with smoothed context counts (Levy et al. 2015), randomly projected to a dense vector, and clustered by
 * spherical k-means in three nested levels (like Brown-cluster prefixes, at a fraction of the cost).
 * Single-threaded and seeded: the same corpus and seed give the same file.
 */
public final class ClusterTrainer {
    /**
     * Sizes: stems clustered (seen at least {@code minCount} times, at most {@code maxVocab}), context words and
     * projection dimension of the PPMI vectors, skip-gram dimension, branching per level, k-means rounds, and
     * the least count for a form to enter the lexicon.
     */
    public record Options(int minCount, int maxVocab, int contexts, int ppmiDim, int skipGramDim, int[] branching,
                          int rounds, int minLexicon, long seed) {
        public static Options defaults() {
            return new Options(8, 60_000, 2000, 200, 100, new int[] {32, 8, 8}, 12, 3, 1);
        }
    }

    private final Options o;
    private final Consumer<String> log;

    public ClusterTrainer(Options options, Consumer<String> log) {
        this.o = options;
        this.log = log;
    }

    /** Reads the JSON-lines corpus ({@code title}, {@code content} fields; gzipped if it ends in .gz), writes the lexicon. */
    public void train(Path corpus, OutputStream out) throws IOException {
        var ids = new HashMap<String, Integer>();
        var forms = new ArrayList<String>();
        int[] stream = readTokens(corpus, ids, forms);
        int[] rawCount = new int[forms.size()];
        for (int id : stream) {
            rawCount[id]++;
        }
        log.accept("read " + stream.length + " tokens, " + forms.size() + " forms");
        var counts = new HashMap<String, Lexicon.Entry>();
        for (int i = 0; i < forms.size(); i++) {
            counts.put(forms.get(i), new Lexicon.Entry(rawCount[i], new int[0]));
        }
        var countsOnly = new Lexicon(counts);
        // stems: the clitic split of every form, made with the raw counts
        var stemIds = new HashMap<String, Integer>();
        var stems = new ArrayList<String>();
        int[] stemOf = new int[forms.size()];
        for (int i = 0; i < forms.size(); i++) {
            String f = forms.get(i);
            String s = isWord(f) ? Clitics.split(f, countsOnly).stem() : f;
            stemOf[i] = stemIds.computeIfAbsent(s, k -> { stems.add(k); return stems.size() - 1; });
        }
        int[] stemCount = new int[stems.size()];
        for (int id : stream) {
            stemCount[stemOf[id]]++;
        }
        Integer[] byFreq = new Integer[stems.size()];
        Arrays.setAll(byFreq, i -> i);
        Arrays.sort(byFreq, Comparator.<Integer>comparingInt(i -> -stemCount[i]).thenComparing(stems::get));
        int[] vocabIndex = new int[stems.size()], contextIndex = new int[stems.size()];
        Arrays.fill(vocabIndex, -1);
        Arrays.fill(contextIndex, -1);
        int v = 0;
        for (int rank = 0; rank < byFreq.length; rank++) {
            int s = byFreq[rank];
            if (rank < o.contexts()) {
                contextIndex[s] = rank;
            }
            if (v < o.maxVocab() && stemCount[s] >= o.minCount() && isWord(stems.get(s))) {
                vocabIndex[s] = v++;
            }
        }
        String[] vocab = new String[v];
        for (int s = 0; s < stems.size(); s++) {
            if (vocabIndex[s] >= 0) {
                vocab[vocabIndex[s]] = stems.get(s);
            }
        }
        log.accept(v + " stems to cluster");
        // two views that measured better together than either alone on dev: syntactic (neighbour PPMI) and
        // topical (skip-gram, window 5); each gives three nested cluster levels
        int[][] syntactic = cluster(ppmiVectors(stream, stemOf, vocabIndex, contextIndex, v));
        int[] vocabStream = new int[stream.length];
        for (int i = 0; i < stream.length; i++) {
            vocabStream[i] = vocabIndex[stemOf[stream[i]]];
        }
        float[][] embeddings = new SkipGram(o.skipGramDim(), 5, 5, 1, 1e-4, o.seed()).train(vocabStream, v);
        for (float[] x : embeddings) {
            normalize(x);
        }
        int[][] topical = cluster(embeddings);
        String[] contexts = TriggerContext.profiles(stream, stemOf, stems, vocabIndex, v);
        int[][] clusters = new int[v][];
        for (int i = 0; i < v; i++) {
            clusters[i] = java.util.stream.IntStream.concat(Arrays.stream(syntactic[i]), Arrays.stream(topical[i])).toArray();
        }
        var entries = new HashMap<String, Lexicon.Entry>();
        for (int i = 0; i < forms.size(); i++) {
            if (rawCount[i] >= o.minLexicon()) {
                entries.put(forms.get(i), new Lexicon.Entry(rawCount[i], new int[0]));
            }
        }
        for (int i = 0; i < v; i++) {
            Lexicon.Entry e = entries.get(vocab[i]);
            entries.put(vocab[i], new Lexicon.Entry(e == null ? 0 : e.count(), clusters[i], contexts[i]));
        }
        Lexicon.write(out, new Lexicon(entries));
        log.accept("lexicon: " + entries.size() + " forms");
    }

    private static boolean isWord(String form) {
        return !form.isEmpty() && ArabicFold.isArabicLetter(form.charAt(0));
    }

    /** PPMI over (left, right) neighbour stems, projected to {@code dim} dimensions, unit length. */
    private float[][] ppmiVectors(int[] stream, int[] stemOf, int[] vocabIndex, int[] contextIndex, int v) {
        int dims = 2 * (o.contexts() + 1);
        long[] keys = new long[2 * stream.length];
        int n = 0;
        for (int i = 0; i < stream.length; i++) {
            int t = vocabIndex[stemOf[stream[i]]];
            if (t < 0) {
                continue;
            }
            int left = i == 0 ? o.contexts() : ctx(contextIndex[stemOf[stream[i - 1]]]);
            int right = i + 1 == stream.length ? o.contexts() : ctx(contextIndex[stemOf[stream[i + 1]]]);
            keys[n++] = (long) t * dims + left;
            keys[n++] = (long) t * dims + o.contexts() + 1 + right;
        }
        Arrays.sort(keys, 0, n);
        double[] dimTotal = new double[dims];
        double[] rowTotal = new double[v];
        for (int i = 0; i < n; i++) {
            dimTotal[(int) (keys[i] % dims)]++;
            rowTotal[(int) (keys[i] / dims)]++;
        }
        double smoothedTotal = 0;
        for (int d = 0; d < dims; d++) {
            dimTotal[d] = Math.pow(dimTotal[d], 0.75);
            smoothedTotal += dimTotal[d];
        }
        float[][] projection = new float[dims][o.ppmiDim()];
        var random = new Random(o.seed());
        for (float[] row : projection) {
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[v][o.ppmiDim()];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && keys[j] == keys[i]) {
                j++;
            }
            int t = (int) (keys[i] / dims), d = (int) (keys[i] % dims);
            double pmi = Math.log((j - i) * smoothedTotal / (rowTotal[t] * dimTotal[d]));
            if (pmi > 0) {
                float[] p = projection[d], x = vectors[t];
                for (int k = 0; k < x.length; k++) {
                    x[k] += (float) pmi * p[k];
                }
            }
            i = j;
        }
        for (float[] x : vectors) {
            normalize(x);
        }
        return vectors;
    }

    private int ctx(int index) {
        return index < 0 ? o.contexts() : index;
    }

    /** Nested spherical k-means: level 1 over all stems, each later level inside its parent cluster. */
    private int[][] cluster(float[][] vectors) {
        int v = vectors.length, levels = o.branching().length;
        int[][] out = new int[v][levels];
        int[] parent = new int[v]; // cluster id at the previous level
        int parents = 1;
        var random = new Random(o.seed() + 1);
        for (int level = 0; level < levels; level++) {
            int k = o.branching()[level];
            List<List<Integer>> members = new ArrayList<>();
            for (int p = 0; p < parents; p++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < v; i++) {
                members.get(parent[i]).add(i);
            }
            for (int p = 0; p < parents; p++) {
                int[] assign = kmeans(vectors, members.get(p), k, random);
                List<Integer> m = members.get(p);
                for (int j = 0; j < m.size(); j++) {
                    out[m.get(j)][level] = p * k + assign[j];
                }
            }
            for (int i = 0; i < v; i++) {
                parent[i] = out[i][level];
            }
            parents *= k;
            log.accept("level " + (level + 1) + ": " + parents + " clusters");
        }
        return out;
    }

    private int[] kmeans(float[][] vectors, List<Integer> members, int k, Random random) {
        int n = members.size();
        int[] assign = new int[n];
        if (n <= k) {
            Arrays.setAll(assign, i -> i);
            return assign;
        }
        int dim = vectors[members.get(0)].length;
        float[][] centers = new float[k][];
        // seeds: k distinct members chosen by the seeded generator
        List<Integer> pool = new ArrayList<>(members);
        for (int c = 0; c < k; c++) {
            int pick = c + random.nextInt(n - c);
            java.util.Collections.swap(pool, c, pick);
            centers[c] = vectors[pool.get(c)].clone();
        }
        for (int round = 0; round < o.rounds(); round++) {
            for (int j = 0; j < n; j++) {
                float[] x = vectors[members.get(j)];
                int best = 0;
                float top = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    float[] m = centers[c];
                    for (int d = 0; d < dim; d++) {
                        dot += x[d] * m[d];
                    }
                    if (dot > top) {
                        top = dot;
                        best = c;
                    }
                }
                assign[j] = best;
            }
            float[][] sums = new float[k][dim];
            for (int j = 0; j < n; j++) {
                float[] x = vectors[members.get(j)], s = sums[assign[j]];
                for (int d = 0; d < dim; d++) {
                    s[d] += x[d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (normalize(sums[c])) {
                    centers[c] = sums[c];
                }
            }
        }
        return assign;
    }

    private static boolean normalize(float[] x) {
        double norm = 0;
        for (float f : x) {
            norm += f * f;
        }
        if (norm == 0) {
            return false;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < x.length; d++) {
            x[d] *= inv;
        }
        return true;
    }

    /** Folded tokens of every title and body, as ids into {@code forms}: Arabic words, digits, Latin, punctuation. */
    private static int[] readTokens(Path corpus, Map<String, Integer> ids, List<String> forms) throws IOException {
        var mapper = new ObjectMapper();
        var stream = new IntList();
        var in = Files.newInputStream(corpus);
        var raw = corpus.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        try (var r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = mapper.readTree(line);
                for (String field : new String[] {"title", "content"}) {
                    JsonNode text = doc.get(field);
                    if (text != null && text.isTextual()) {
                        tokenize(text.asText(), t -> stream.add(ids.computeIfAbsent(t, k -> { forms.add(k); return forms.size() - 1; })));
                    }
                }
            }
        }
        return stream.toArray();
    }

    static void tokenize(String text, Consumer<String> sink) {
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (ArabicFold.isArabicLetter(c)) {
                while (j < n && (ArabicFold.isArabicLetter(text.charAt(j)) || isMark(text.charAt(j)))) {
                    j++;
                }
                sink.accept(ArabicFold.fold(text.substring(i, j)));
            } else if (Character.isDigit(c)) {
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                sink.accept("<num>");
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                sink.accept("<latin>");
            } else if (!Character.isWhitespace(c) && !isMark(c)) {
                sink.accept(String.valueOf(c));
            }
            i = j;
        }
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640';
    }

    /** A growable int array (8.8M tokens do not fit comfortably in a List of Integer). */
    private static final class IntList {
        private int[] data = new int[1 << 20];
        private int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
