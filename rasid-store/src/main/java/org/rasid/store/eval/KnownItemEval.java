package org.rasid.store.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rasid.store.analysis.RasidArabicAnalyzer;

/**
 * Known-item search: for {@code queries} articles of a pool, a query of up to three title words, each rewritten
 * into another cliticised or spelled form ({@link WordVariants}), must find its article. Mean reciprocal rank
 * (0 when not in the top 100) for each analyzer, over the same pool and the same queries.
 */
public final class KnownItemEval {
    public record Score(String analyzer, int queries, double mrr, double foundInTop10) {
    }

    private static final int DEPTH = 100;
    private static final int MIN_LETTERS = 4;

    private KnownItemEval() {
    }

    public static List<Score> run(Path corpus, int pool, int queries, long seed) {
        var items = CorpusReader.read(corpus, pool);
        var random = new Random(seed);
        var targets = new LinkedHashMap<Integer, String>();
        int step = Math.max(1, items.size() / Math.max(1, queries));
        for (int i = 0; i < items.size() && targets.size() < queries; i += step) {
            String q = query(items.get(i).title(), random);
            if (q != null) {
                targets.put(i, q);
            }
        }
        var analyzers = new LinkedHashMap<String, Analyzer>();
        analyzers.put("rasid", new RasidArabicAnalyzer());
        analyzers.put("lucene-arabic", new ArabicAnalyzer());
        var scores = new ArrayList<Score>();
        for (var e : analyzers.entrySet()) {
            scores.add(score(e.getKey(), e.getValue(), items, targets));
        }
        return scores;
    }

    /** Up to three distinct title words of at least four letters, each in a variant form; null if none. */
    static String query(String title, Random random) {
        var words = new ArrayList<String>();
        for (String w : title.split("[^\\p{IsArabic}]+")) {
            if (w.length() >= MIN_LETTERS && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        java.util.Collections.shuffle(words, random);
        var parts = new ArrayList<String>();
        for (String w : words.subList(0, Math.min(3, words.size()))) {
            parts.add(WordVariants.pick(w, random));
        }
        return String.join(" ", parts);
    }

    private static Score score(String name, Analyzer analyzer, List<CorpusReader.Item> items, Map<Integer, String> targets) {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < items.size(); i++) {
                    var doc = new Document();
                    doc.add(new StoredField("n", i));
                    doc.add(new TextField("text", items.get(i).title() + "\n" + items.get(i).text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            double rr = 0;
            int top10 = 0;
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                var parser = new QueryParser("text", analyzer);
                for (var t : targets.entrySet()) {
                    ScoreDoc[] hits = searcher.search(parser.parse(QueryParser.escape(t.getValue())), DEPTH).scoreDocs;
                    for (int rank = 0; rank < hits.length; rank++) {
                        if (searcher.storedFields().document(hits[rank].doc).getField("n").numericValue().intValue() == t.getKey()) {
                            rr += 1.0 / (rank + 1);
                            top10 += rank < 10 ? 1 : 0;
                            break;
                        }
                    }
                }
            }
            int n = targets.size();
            return new Score(name, n, n == 0 ? 0 : rr / n, n == 0 ? 0 : (double) top10 / n);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("known-item evaluation failed for " + name, e);
        }
    }
}
