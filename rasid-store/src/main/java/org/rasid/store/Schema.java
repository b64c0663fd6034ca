package org.rasid.store;

import java.util.List;
import java.util.stream.Stream;

/**
 * The SQL tables. {@code articles} holds the full rasid/1 JSON of every article and is the store's source of
 * truth: the other tables and the Lucene index are derived from it. Layer tables are keyed by article id so
 * that re-storing an article replaces its rows.
 */
final class Schema {
    /**
     * The actor registry: actors met while analysing, with their aliases (see {@link RegistryTable}). Seed actors
     * (gazetteers, curated lists) ship with the code and are not copied here.
     */
    static final List<String> REGISTRY_DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS registry_actors(
              seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL)""",
            "CREATE TABLE IF NOT EXISTS registry_aliases(actor_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(actor_id, alias))");

    static final List<String> DDL = Stream.concat(REGISTRY_DDL.stream(), Stream.of(
            """
            CREATE TABLE IF NOT EXISTS articles(
              seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, url TEXT UNIQUE, source TEXT,
              title TEXT, published TEXT, json TEXT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS mentions(
              article_id TEXT NOT NULL, span_start INTEGER, span_end INTEGER, type TEXT, text TEXT, actor_id TEXT)""",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
            "CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id)",
            "CREATE TABLE IF NOT EXISTS actors(id TEXT PRIMARY KEY, name TEXT, type TEXT)",
            "CREATE TABLE IF NOT EXISTS aliases(actor_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY(actor_id, alias))",
            "CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias)",
            """
            CREATE TABLE IF NOT EXISTS article_actors(
              article_id TEXT NOT NULL, actor_id TEXT NOT NULL, mentions INTEGER, PRIMARY KEY(article_id, actor_id))""",
            "CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors(actor_id)",
            """
            CREATE TABLE IF NOT EXISTS quotes(
              article_id TEXT NOT NULL, span_start INTEGER, span_end INTEGER, content TEXT, direct INTEGER,
              speaker TEXT, speaker_text TEXT, role TEXT, verb TEXT, medium TEXT)""",
            "CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id)",
            "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker)",
            """
            CREATE TABLE IF NOT EXISTS events(
              article_id TEXT NOT NULL, type TEXT, cameo TEXT, trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
              actor1 TEXT, actor2 TEXT, actors TEXT, targets TEXT, location TEXT, date TEXT, date_text TEXT,
              killed_min INTEGER, killed_max INTEGER, injured_min INTEGER, injured_max INTEGER,
              sentence_start INTEGER, sentence_end INTEGER, evidence TEXT, negated INTEGER, hypothetical INTEGER)""",
            "CREATE INDEX IF NOT EXISTS events_article ON events(article_id)",
            "CREATE INDEX IF NOT EXISTS events_type ON events(type)",
            """
            CREATE TABLE IF NOT EXISTS relations(
              article_id TEXT NOT NULL, subject TEXT, predicate TEXT, object TEXT,
              evidence_start INTEGER, evidence_end INTEGER, evidence TEXT)""",
            "CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id)")).toList();

    /** Tables derived from an article's layers, cleared when the article is stored again. */
    static final List<String> LAYER_TABLES = List.of("mentions", "article_actors", "quotes", "events", "relations");

    private Schema() {
    }
}
