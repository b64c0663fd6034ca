package org.rasid.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Writes one table of the store (events, quotes, actors, relations) as JSON Lines, CSV or Parquet, one row per item. */
public final class Export {
    public enum Table { events, quotes, actors, relations }

    public enum Format { jsonl, csv, parquet }

    private static final Map<Table, String> SQL = Map.of(
            Table.events, Queries.EVENTS + " ORDER BY date, a.id",
            Table.quotes, """
                    SELECT substr(a.published, 1, 10) AS date, q.speaker, s.name AS speaker_name, q.speaker_text, q.role,
                      q.verb, q.medium, q.direct, q.content, q.span_start, q.span_end, a.id AS article_id, a.url, a.source
                    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker
                    ORDER BY date, a.id, q.span_start""",
            Table.actors, """
                    SELECT a.id, a.name, a.type, (SELECT group_concat(alias, '|') FROM aliases WHERE actor_id = a.id) AS aliases,
                      (SELECT count(*) FROM article_actors x WHERE x.actor_id = a.id) AS articles,
                      (SELECT coalesce(sum(mentions), 0) FROM article_actors x WHERE x.actor_id = a.id) AS mentions
                    FROM actors a ORDER BY articles DESC, a.id""",
            Table.relations, """
                    SELECT substr(a.published, 1, 10) AS date, r.subject, s.name AS subject_name, r.predicate, r.object,
                      o.name AS object_name, r.evidence, r.evidence_start, r.evidence_end, a.id AS article_id, a.url
                    FROM relations r JOIN articles a ON a.id = r.article_id
                      LEFT JOIN actors s ON s.id = r.subject LEFT JOIN actors o ON o.id = r.object
                    ORDER BY date, a.id""");

    private Export() {
    }

    /** Writes to a file; Parquet, a binary format with a footer, can only be written to a file. */
    public static long write(Queries queries, Table table, Format format, Path file) {
        try {
            if (format != Format.parquet) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    return write(queries, table, format, out);
                }
            }
            Path jsonl = Files.createTempFile(file.toAbsolutePath().getParent(), ".rasid-export", ".jsonl");
            try {
                long n;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl))) {
                    n = write(queries, table, Format.jsonl, out);
                }
                Files.deleteIfExists(file);
                ParquetWriter.convert(jsonl, file);
                return n;
            } finally {
                Files.deleteIfExists(jsonl);
            }
        } catch (IOException e) {
            throw new RasidException(Problem.STORE, file.toString(), "cannot write the export: " + e.getMessage(), e);
        }
    }

    /** @return the number of rows written */
    public static long write(Queries queries, Table table, Format format, OutputStream out) {
        if (format == Format.parquet) {
            throw new RasidException(Problem.USAGE, "--format parquet", "needs an output file (-o FILE)");
        }
        var rows = new ArrayList<Map<String, Object>>();
        queries.each(SQL.get(table), rows::add);
        try {
            if (format == Format.jsonl) {
                var writer = DocumentJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .withRootValueSeparator("\n");
                try (SequenceWriter seq = writer.writeValues(out)) {
                    for (var row : rows) {
                        seq.write(row);
                    }
                }
                if (!rows.isEmpty()) {
                    out.write('\n');
                }
            } else {
                csv(queries.columns(SQL.get(table)), rows, out);
            }
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new RasidException(Problem.STORE, table.name(), "cannot write the export: " + e.getMessage(), e);
        }
        return rows.size();
    }

    /** Writes rows as CSV with a header row named after the query's columns (written even when there are no rows). */
    public static void csv(List<String> columns, List<Map<String, Object>> rows, OutputStream out) throws IOException {
        var mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        var header = CsvSchema.builder();
        columns.forEach(header::addColumn);
        try (var seq = mapper.writer(header.build().withHeader()).writeValues(out)) {
            for (var row : rows) {
                seq.write(row);
            }
        }
    }

}
