package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", description = "Run a read-only SQL query on a store's tables (articles, actors, aliases, mentions, article_actors, quotes, events, relations).")
final class SqlCommand implements Callable<Integer> {
    enum Format { tsv, jsonl }

    @Parameters(paramLabel = "SQL", description = "One SELECT (or WITH ... SELECT) statement.")
    String sql;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "tsv", description = "tsv with a header (default) or jsonl.")
    Format format;

    @Override
    public Integer call() throws Exception {
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (var db = Store.readOnlyConnection(store.dir); var st = db.createStatement()) {
            if (!st.execute(sql)) {
                throw new RasidException(RasidException.Problem.USAGE, "sql", "not a query: the store is read-only here");
            }
            try (var rs = st.getResultSet()) {
                var meta = rs.getMetaData();
                int n = meta.getColumnCount();
                if (format == Format.tsv) {
                    for (int c = 1; c <= n; c++) {
                        out.print((c > 1 ? "\t" : "") + meta.getColumnLabel(c));
                    }
                    out.println();
                }
                while (rs.next()) {
                    if (format == Format.tsv) {
                        for (int c = 1; c <= n; c++) {
                            Object v = rs.getObject(c);
                            out.print((c > 1 ? "\t" : "") + (v == null ? "" : v.toString().replace('\t', ' ').replace('\n', ' ')));
                        }
                        out.println();
                    } else {
                        var row = DocumentJson.MAPPER.createObjectNode();
                        for (int c = 1; c <= n; c++) {
                            row.set(meta.getColumnLabel(c), DocumentJson.MAPPER.valueToTree(rs.getObject(c)));
                        }
                        out.println(row);
                    }
                }
            }
        } catch (SQLException e) {
            String message = e.getMessage();
            boolean write = message != null && (message.contains("readonly") || message.contains("read-only") || message.contains("query_only"));
            throw new RasidException(RasidException.Problem.USAGE, "sql", write ? "refused: the store is read-only here" : message);
        }
        out.flush();
        return 0;
    }
}
