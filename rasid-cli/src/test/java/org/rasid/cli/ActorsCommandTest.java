package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.extract.actors.KnownActor;
import org.rasid.store.RegistryTable;

/** The actor registry through the command line: analyze --registry, ingest into a store, rasid actors. */
class ActorsCommandTest {
    @TempDir
    Path dir;

    @Test
    void actorsMetByAnalyzeAndIngestAreKeptAndListed() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "تقدم الجيش السوداني نحو إثيوبيا\nتقدم الجيش السوداني اليوم نحو الحدود مع إثيوبيا بعد معارك عنيفة.\n");
        Path registry = dir.resolve("registry.db");
        assertThat(CliRun.run("analyze", article.toString(), "--registry", registry.toString()).exit()).isZero();
        try (var table = RegistryTable.open(registry)) {
            assertThat(table.load()).extracting(KnownActor::name).contains("الجيش السوداني");
        }

        String store = dir.resolve("store").toString();
        assertThat(CliRun.run("ingest", article.toString(), "--store", store).exit()).isZero();
        assertThat(CliRun.run("actors", "--store", store, "--query", "الجيش السودانى")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out().lines()).singleElement().satisfies(line -> {
                String[] columns = line.split("\t");
                assertThat(columns).startsWith("rasid:jysh-swdany", "ORG", "الجيش السوداني");
                assertThat(Integer.parseInt(columns[3])).isPositive(); // mentions
                assertThat(columns[4]).isEqualTo("1"); // articles
            });
        });
        assertThat(CliRun.run("actors", "--store", store, "--query", "ethiopia", "--json")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("\"externalIds\":[\"iso3166:ET\"]").contains("إثيوبيا");
        });
    }

    @Test
    void theReferenceArticleNamesItsActors() throws Exception {
        var r = CliRun.run("analyze", Path.of("..", "examples", "taliban-isis-k.txt").toString());
        assertThat(r.exit()).isZero();
        var actors = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("actors");
        var aliases = new java.util.HashMap<String, java.util.List<String>>();
        actors.forEach(a -> aliases.put(a.path("name").asText(),
                java.util.stream.StreamSupport.stream(a.path("aliases").spliterator(), false).map(n -> n.asText()).toList()));
        assertThat(aliases.values().stream().flatMap(java.util.List::stream)).contains("مارك ميلي", "دانيال بايمان",
                "أحمد بان", "طالبان", "داعش خراسان", "القاعدة", "كابول", "أفغانستان", "ننغرهار");
        assertThat(aliases.get("أحمد بان")).contains("بان");
        assertThat(aliases.get("داعش خراسان")).contains("داعش خرسان");
    }

    @Test
    void actorsOfAMissingStoreIsOneLineError() {
        var r = CliRun.run("actors", "--store", dir.resolve("none").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).startsWith("rasid: ").hasLineCount(1);
    }
}
