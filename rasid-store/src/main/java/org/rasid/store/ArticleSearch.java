package org.rasid.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.document.LongPoint;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Searches the article index: parses the query with Rasid's analysis, filters, counts facets, highlights. */
public final class ArticleSearch {
    private static final int FACET_TOP = 10;
    private final SearcherManager searchers;
    private final Analyzer analyzer = IndexFields.analyzer();
    private volatile FacetState facetState;

    /** Facet ordinals of one reader, rebuilt when the index changes. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    ArticleSearch(SearcherManager searchers) {
        this.searchers = searchers;
    }

    public SearchResult search(SearchQuery q) {
        Query query = build(q);
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                var result = FacetsCollectorManager.search(searcher, query, q.offset() + q.limit(), new FacetsCollectorManager());
                TopDocs top = result.topDocs();
                var hits = hits(searcher, query, top, q.offset());
                return new SearchResult(top.totalHits.value, hits, facets(searcher, result.facetsCollector()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, null, "cannot search the index: " + e.getMessage(), e);
        }
    }

    Query build(SearchQuery q) {
        var b = new BooleanQuery.Builder();
        b.add(parse(q.text()), Occur.MUST);
        filter(b, IndexFields.ACTOR, q.actor());
        filter(b, IndexFields.TYPE, q.type());
        filter(b, IndexFields.SOURCE, q.source());
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(IndexFields.DAY, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /** Lucene syntax over title (boosted) and text; a query that does not parse is searched as plain words. */
    private Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        var parser = new MultiFieldQueryParser(new String[] {IndexFields.TITLE, IndexFields.TEXT}, analyzer,
                Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                throw new RasidException(Problem.USAGE, text, "cannot parse the query: " + e2.getMessage());
            }
        }
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset) throws IOException {
        var page = new TopDocs(top.totalHits, java.util.Arrays.copyOfRange(top.scoreDocs,
                Math.min(offset, top.scoreDocs.length), top.scoreDocs.length));
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        String[] snippets = highlighter.highlight(IndexFields.TEXT, query, page, 2);
        var hits = new ArrayList<SearchResult.Hit>();
        var stored = searcher.storedFields();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            var doc = stored.document(page.scoreDocs[i].doc);
            hits.add(new SearchResult.Hit(doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), doc.get(IndexFields.SOURCE),
                    doc.get(IndexFields.URL), doc.get(IndexFields.PUBLISHED), page.scoreDocs[i].score, snippets[i]));
        }
        return hits;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        var out = new LinkedHashMap<String, List<SearchResult.FacetCount>>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return out;
        }
        var counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : List.of(IndexFields.SOURCE, IndexFields.MONTH, IndexFields.TYPE, IndexFields.ACTOR)) {
            var list = new ArrayList<SearchResult.FacetCount>();
            FacetResult r = state.getOrdRange(dim) == null ? null : counts.getTopChildren(FACET_TOP, dim);
            if (r != null) {
                for (var lv : r.labelValues) {
                    list.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, list);
        }
        return out;
    }

    /** Built once per reader: concurrent first searches wait for one build instead of each doing it. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            return buildFacetState(reader);
        }
    }

    private SortedSetDocValuesReaderState buildFacetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        if (reader.maxDoc() == 0) {
            return null;
        }
        try {
            var state = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS_CONFIG);
            facetState = new FacetState(reader, state);
            return state;
        } catch (IllegalArgumentException noFacetsIndexed) {
            return null;
        }
    }
}
