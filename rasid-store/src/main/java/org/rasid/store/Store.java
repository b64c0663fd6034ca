package org.rasid.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * An embedded Rasid store in one folder: {@code rasid.db} (SQLite; the articles table is the source of truth)
 * and {@code index/} (Lucene, derived). A batch is committed to SQLite first, then to the index; opening the
 * store indexes whatever SQLite holds past the index's last commit, so a store killed at any moment opens
 * again with every article it reported stored, searchable.
 */
public final class Store implements AutoCloseable {
    public static final String DEFAULT_DIR = "rasid-data";
    static final String DATABASE = "rasid.db";
    private static final int REPAIR_BATCH = 500;

    private final Path dir;
    private final Tables tables;
    private final ArticleIndex index;
    private final ArticleSearch search;

    private Store(Path dir, Tables tables, ArticleIndex index) {
        this.dir = dir;
        this.tables = tables;
        this.index = index;
        this.search = new ArticleSearch(index.searchers());
    }

    /** Opens the store in {@code dir}, creating it when absent, and brings the index up to date. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, dir.toString(), "cannot create the store folder: " + e.getMessage(), e);
        }
        Tables tables = Tables.open(dir.resolve(DATABASE));
        ArticleIndex index;
        try {
            index = ArticleIndex.open(dir.resolve("index"));
        } catch (RasidException e) {
            tables.close();
            throw e;
        }
        var store = new Store(dir, tables, index);
        store.repair();
        return store;
    }

    /** Opens a store that {@code rasid ingest} made; a folder without one is an error, not a new empty store. */
    public static Store openExisting(Path dir) {
        existingDatabase(dir);
        return open(dir);
    }

    /** Indexes the articles that SQLite committed after the index's last commit (a crash between the two). */
    int repair() {
        int repaired = 0;
        for (List<StoredArticle> rows = tables.after(index.committedSeq(), REPAIR_BATCH); !rows.isEmpty();
             rows = tables.after(index.committedSeq(), REPAIR_BATCH)) {
            index.addAndCommit(rows);
            repaired += rows.size();
        }
        return repaired;
    }

    /** Whether an article with this content id or URL is stored already. */
    public boolean contains(String id, String url) {
        return tables.contains(id, url);
    }

    /**
     * Stores a batch of rasid/1 JSON articles; those whose id or URL is known are left as they are.
     *
     * @return how many were new; once this returns they survive a crash
     */
    public synchronized int write(List<ObjectNode> docs) {
        List<StoredArticle> stored = tables.insert(docs);
        index.addAndCommit(stored);
        return stored.size();
    }

    public long size() {
        return tables.count();
    }

    public ArticleSearch search() {
        return search;
    }

    /** The store's actor registry (on a connection of its own): ids and aliases of actors met in earlier runs. */
    public RegistryTable actorRegistry() {
        return RegistryTable.open(dir.resolve(DATABASE));
    }

    /** Read-only queries over the tables, on a connection of their own. */
    public Queries queries() {
        return Queries.open(dir.resolve(DATABASE));
    }

    /** Read-only queries over an existing store's tables, without opening (and locking) its index. */
    public static Queries queries(Path dir) {
        existingDatabase(dir);
        return Queries.open(dir.resolve(DATABASE));
    }

    /** A read-only SQL connection to an existing store's database, without opening the index. */
    public static Connection readOnlyConnection(Path dir) {
        Path db = existingDatabase(dir);
        try {
            return Tables.readOnly(db);
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, dir.toString(), "cannot open the database: " + e.getMessage(), e);
        }
    }

    private static Path existingDatabase(Path dir) {
        Path db = dir.resolve(DATABASE);
        if (!Files.isRegularFile(db)) {
            throw new RasidException(Problem.NOT_FOUND, dir.toString(), "no Rasid store here (run rasid ingest first)");
        }
        return db;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            tables.close();
        }
    }
}
