package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of a store. One connection writes (a transaction per batch, WAL, fsync on commit: what a
 * commit returned survives a crash); reads use their own connection so lookups never wait for a batch.
 */
final class Tables implements AutoCloseable {
    private final Connection writer;
    private final Connection reader;

    private Tables(Connection writer, Connection reader) {
        this.writer = writer;
        this.reader = reader;
    }

    static Tables open(Path file) {
        try {
            Connection writer = writer(file, Schema.DDL, 10_000);
            writer.commit();
            return new Tables(writer, readOnly(file));
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, file.toString(), "cannot open the database: " + e.getMessage(), e);
        }
    }

    /**
     * A connection for writing {@code file} (WAL, fsync on commit, transactions: auto-commit off), with the tables
     * of {@code ddl} created when absent; {@code busyMillis} is how long it waits for another process's lock.
     */
    static Connection writer(Path file, List<String> ddl, int busyMillis) throws SQLException {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyMillis);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (var st = c.createStatement()) {
            for (String statement : ddl) {
                st.execute(statement);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    /** A connection that refuses every write (used by {@code rasid sql} and all lookups). */
    static Connection readOnly(Path file) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (var st = c.createStatement()) {
            st.execute("PRAGMA query_only = 1");
        }
        return c;
    }

    /**
     * Stores the articles whose id and URL are new, with their layer rows, in one transaction.
     *
     * @return the rows stored, with their sequence numbers, in order
     */
    List<StoredArticle> insert(List<ObjectNode> docs) {
        synchronized (writer) {
            return insertLocked(docs);
        }
    }

    private List<StoredArticle> insertLocked(List<ObjectNode> docs) {
        var stored = new ArrayList<StoredArticle>();
        try (var st = writer.prepareStatement(
                "INSERT INTO articles(id, url, source, title, published, json) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT DO NOTHING RETURNING seq")) {
            var layers = new LayerRows(writer);
            for (ObjectNode doc : docs) {
                String id = doc.path("id").asText();
                st.setString(1, id);
                st.setString(2, Json.text(doc.path("url")));
                st.setString(3, Json.text(doc.path("source")));
                st.setString(4, Json.text(doc.path("title")));
                st.setString(5, Json.text(doc.path("published")));
                st.setString(6, DocumentJson.MAPPER.writeValueAsString(doc));
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        stored.add(new StoredArticle(rs.getLong(1), doc));
                        layers.replace(id, doc);
                    }
                }
            }
            writer.commit();
            return stored;
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw new RasidException(Problem.STORE, null, "cannot write the database: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the transaction is lost either way and the caller reports the failure
        }
    }

    /** Whether an article with this id or URL is already stored. */
    boolean contains(String id, String url) {
        synchronized (reader) {
            return containsLocked(id, url);
        }
    }

    private boolean containsLocked(String id, String url) {
        try (var st = reader.prepareStatement("SELECT 1 FROM articles WHERE id = ? OR (? IS NOT NULL AND url = ?)")) {
            st.setString(1, id);
            st.setString(2, url);
            st.setString(3, url);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "cannot read the database: " + e.getMessage(), e);
        }
    }

    /** Articles stored after sequence number {@code seq}, oldest first, at most {@code limit}. */
    List<StoredArticle> after(long seq, int limit) {
        synchronized (reader) {
            return afterLocked(seq, limit);
        }
    }

    private List<StoredArticle> afterLocked(long seq, int limit) {
        var rows = new ArrayList<StoredArticle>();
        try (var st = reader.prepareStatement("SELECT seq, json FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
            st.setLong(1, seq);
            st.setInt(2, limit);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredArticle(rs.getLong(1), (ObjectNode) DocumentJson.MAPPER.readTree(rs.getString(2))));
                }
            }
            return rows;
        } catch (SQLException | JsonProcessingException e) {
            throw new RasidException(Problem.STORE, null, "cannot read the database: " + e.getMessage(), e);
        }
    }

    long count() {
        synchronized (reader) {
            return countLocked();
        }
    }

    private long countLocked() {
        try (var st = reader.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "cannot read the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, null, "cannot close the database: " + e.getMessage(), e);
        }
    }
}
