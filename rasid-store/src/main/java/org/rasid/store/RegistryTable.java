package org.rasid.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.extract.actors.ActorJournal;
import org.rasid.extract.actors.InMemoryActorRegistry;
import org.rasid.extract.actors.KnownActor;

/**
 * The actor registry's journal in SQLite ({@code registry_actors}, {@code registry_aliases}): in a store's database
 * or in a file of its own. Every save is one transaction committed with fsync, so a crash loses nothing saved
 * before it, and several processes may share the file (SQLite locks it; writers wait their turn).
 */
public final class RegistryTable implements ActorJournal, AutoCloseable {
    private final Path file;
    private final Connection db;

    private RegistryTable(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (creating when absent) the registry tables in the SQLite database {@code file}. */
    public static RegistryTable open(Path file) {
        try {
            return new RegistryTable(file, Tables.writer(file, Schema.REGISTRY_DDL, 30_000));
        } catch (SQLException e) {
            throw new RasidException(Problem.STORE, file.toString(), "cannot open the actor registry: " + e.getMessage(), e);
        }
    }

    /** A registry seeded from the resources plus every actor saved here, saving what is registered to it. */
    public InMemoryActorRegistry registry() {
        return InMemoryActorRegistry.journaled(this);
    }

    @Override
    public synchronized List<KnownActor> load() {
        var aliases = new LinkedHashMap<String, List<String>>();
        var heads = new ArrayList<String[]>();
        try (var st = db.createStatement()) {
            try (var rs = st.executeQuery("SELECT id, name, type FROM registry_actors ORDER BY seq")) {
                while (rs.next()) {
                    heads.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    aliases.put(rs.getString(1), new ArrayList<>());
                }
            }
            try (var rs = st.executeQuery("SELECT actor_id, alias FROM registry_aliases ORDER BY rowid")) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw failure("cannot read the actor registry", e);
        }
        return heads.stream().map(h -> new KnownActor(h[0], h[1], h[2], aliases.get(h[0]))).toList();
    }

    @Override
    public synchronized void save(KnownActor actor) {
        try (var head = db.prepareStatement("INSERT OR IGNORE INTO registry_actors(id, name, type) VALUES (?,?,?)");
             var alias = db.prepareStatement("INSERT OR IGNORE INTO registry_aliases(actor_id, alias) VALUES (?,?)")) {
            head.setString(1, actor.id());
            head.setString(2, actor.name());
            head.setString(3, actor.type());
            head.executeUpdate();
            for (String a : actor.aliases()) {
                alias.setString(1, actor.id());
                alias.setString(2, a);
                alias.addBatch();
            }
            alias.executeBatch();
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the failure below says what went wrong first
            }
            throw failure("cannot save actor " + actor.id(), e);
        }
    }

    private RasidException failure(String what, SQLException e) {
        return new RasidException(Problem.STORE, file.toString(), what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("cannot close the actor registry", e);
        }
    }
}
