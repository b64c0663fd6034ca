package org.rasid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;

    @Test
    void writesEventsAsCsvJsonLinesAndParquet() throws Exception {
        try (var store = Store.open(dir.resolve("store"))) {
            store.write(List.of(Fixtures.article("http://x/1", "2015-07-21", "غارات على غزة\n\nقتل شخصان في غارة.", "Q1", "غزة", "attack"),
                    Fixtures.article("http://x/2", "2015-07-22", "هجوم في صنعاء\n\nقتل ثلاثة في هجوم.", "Q2", "صنعاء", "attack")));
        }
        try (var q = Store.queries(dir.resolve("store"))) {
            Path csv = dir.resolve("events.csv");
            assertThat(Export.write(q, Export.Table.events, Export.Format.csv, csv)).isEqualTo(2);
            String text = Files.readString(csv);
            assertThat(text).startsWith("date,type,cameo,actor1,actor1_name,actor2,actor2_name,location,killed_min,killed_max")
                    .contains("\n2015-07-21,attack,190,Q1,غزة,Q2,صنعاء,صنعاء,2,3,")
                    .contains("\n2015-07-22,attack,190,Q2,صنعاء,Q2,صنعاء,صنعاء,2,3,")
                    .contains(",\"غارات على غزة\n\nقتل شخصان في غارة.\"\n"); // the evidence sentence, quoted

            Path jsonl = dir.resolve("quotes.jsonl");
            assertThat(Export.write(q, Export.Table.quotes, Export.Format.jsonl, jsonl)).isEqualTo(2);
            assertThat(Files.readAllLines(jsonl)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"date\""));

            Path parquet = dir.resolve("events.parquet");
            assertThat(Export.write(q, Export.Table.events, Export.Format.parquet, parquet)).isEqualTo(2);
            try (var db = DriverManager.getConnection("jdbc:duckdb:"); var st = db.createStatement();
                 var rs = st.executeQuery("SELECT count(*), sum(killed_max), min(type) FROM '" + parquet + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(rs.getLong(2)).isEqualTo(6);
                assertThat(rs.getString(3)).isEqualTo("attack");
            }
            Path empty = dir.resolve("relations-none.parquet");
            try (var none = Store.open(dir.resolve("empty")); var eq = none.queries()) {
                assertThat(Export.write(eq, Export.Table.relations, Export.Format.parquet, empty)).isZero();
            }
            assertThat(empty).exists();
        }
    }
}
