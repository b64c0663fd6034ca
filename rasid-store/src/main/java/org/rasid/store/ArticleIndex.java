package org.rasid.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * The Lucene index of a store, derived from the articles table. Each commit records the highest article
 * sequence number it contains, so after a crash the articles stored since then are indexed again on open.
 * Documents are keyed by article id (update, not add), so indexing an article twice leaves one copy.
 */
final class ArticleIndex implements AutoCloseable {
    private static final String SEQ = "rasid.seq";
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleIndex(FSDirectory dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static ArticleIndex open(Path path) {
        try {
            var dir = FSDirectory.open(path);
            var config = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            try {
                return new ArticleIndex(dir, new IndexWriter(dir, config));
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new RasidException(Problem.STORE, path.getParent().toString(),
                        "the store is in use by another rasid process (ingest or serve)");
            }
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, path.toString(), "cannot open the index: " + e.getMessage(), e);
        }
    }

    /** The highest article sequence number in the last commit; 0 for a new index. */
    long committedSeq() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** Indexes the articles and commits, recording the last one's sequence number. */
    void addAndCommit(List<StoredArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        try {
            for (StoredArticle a : articles) {
                writer.updateDocument(new Term(IndexFields.ID, a.id()), IndexFields.FACETS_CONFIG.build(IndexFields.toLucene(a.json())));
            }
            long seq = Math.max(committedSeq(), articles.get(articles.size() - 1).seq());
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, null, "cannot write the index: " + e.getMessage(), e);
        }
    }

    SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, null, "cannot close the index: " + e.getMessage(), e);
        }
    }
}
