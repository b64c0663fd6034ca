package org.rasid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Converts a JSON Lines export to Parquet with an in-memory DuckDB, which infers the column types. DuckDB is
 * used for this alone: it reads no store and holds no data after the call.
 */
final class ParquetWriter {
    private ParquetWriter() {
    }

    static void convert(Path jsonl, Path parquet) throws IOException {
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); var st = db.createStatement()) {
            String source = Files.size(jsonl) == 0 ? "(SELECT NULL AS empty WHERE false)"
                    : "read_json_auto(" + literal(jsonl) + ", format = 'newline_delimited')";
            st.execute("COPY (SELECT * FROM " + source + ") TO " + literal(parquet) + " (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet: " + e.getMessage(), e);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
