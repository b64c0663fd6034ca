package org.rasid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.Article;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.extract.ExtractLayers;
import org.rasid.extract.actors.ActorsStage;
import org.rasid.extract.actors.KnownActor;

class RegistryTableTest {
    @TempDir
    Path dir;

    @Test
    void anActorRegisteredInOneRunHasItsIdAndAliasesInTheNext() {
        Path db = dir.resolve("registry.db");
        try (var table = RegistryTable.open(db)) {
            table.registry().register(new KnownActor("rasid:test-one", "جبهة النور الوطنية", "ORG",
                    List.of("جبهة النور الوطنية", "jbht alnwr alwtnyh")));
        }
        try (var table = RegistryTable.open(db)) {
            var registry = table.registry();
            assertThat(registry.find("جبهه نور وطنيه")).extracting(KnownActor::id).isEqualTo("rasid:test-one");
            assertThat(table.load()).singleElement().satisfies(a -> assertThat(a.aliases()).contains("jbht alnwr alwtnyh"));
        }
    }

    @Test
    void actorsMetWhileAnalysingKeepTheirIdsAcrossRuns() {
        Path db = dir.resolve("registry.db");
        var text = "أعلن تحالف الضفاف الخضراء مسؤوليته عن الحملة.";
        String first;
        try (var table = RegistryTable.open(db)) {
            first = analyse(table, text);
        }
        assertThat(first).startsWith("rasid:");
        try (var table = RegistryTable.open(db)) {
            assertThat(table.load()).extracting(KnownActor::id).contains(first);
            assertThat(analyse(table, "وقال متحدث باسم تحالف الضفاف الخضراء إن الحملة مستمرة.")).isEqualTo(first);
        }
    }

    @Test
    void concurrentRegistrationsAreAllKept() throws Exception {
        Path db = dir.resolve("registry.db");
        try (var table = RegistryTable.open(db)) {
            var registry = table.registry();
            var pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 200; i++) {
                int n = i;
                pool.execute(() -> registry.register(new KnownActor("rasid:c" + n % 50, "اسم " + n % 50, "PERS",
                        List.of("اسم " + n % 50, "alias " + n))));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        try (var table = RegistryTable.open(db)) {
            var loaded = table.load();
            assertThat(loaded).hasSize(50);
            assertThat(loaded.stream().mapToInt(a -> a.aliases().size()).sum()).isEqualTo(50 + 200);
        }
    }

    @Test
    void aProcessKilledWhileRegisteringLosesNothingSavedBefore() throws Exception {
        Path db = dir.resolve("registry.db");
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), RegisterThenDie.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isEqualTo(RegisterThenDie.KILLED);
        int saved = Integer.parseInt(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        try (var table = RegistryTable.open(db)) {
            assertThat(table.load()).hasSizeGreaterThanOrEqualTo(saved)
                    .extracting(KnownActor::id).contains("rasid:crash-0", "rasid:crash-" + (saved - 1));
        }
    }

    /** Registers actors, then halts the JVM while another thread is still registering (no close, no shutdown hooks). */
    public static final class RegisterThenDie {
        static final int KILLED = 42;

        public static void main(String[] args) throws Exception {
            var table = RegistryTable.open(Path.of(args[0]));
            var registry = table.registry();
            int saved = 0;
            for (; saved < 30; saved++) {
                registry.register(new KnownActor("rasid:crash-" + saved, "اسم " + saved, "PERS", List.of("اسم " + saved)));
            }
            var writer = new Thread(() -> {
                for (int i = 30; ; i++) {
                    registry.register(new KnownActor("rasid:crash-" + i, "اسم " + i, "PERS", List.of("اسم " + i)));
                }
            });
            writer.start();
            Thread.sleep(50);
            System.out.println(saved);
            System.out.flush();
            Runtime.getRuntime().halt(KILLED);
        }
    }

    /** The id the actors stage on the table's registry gives the ORG named "تحالف الضفاف الخضراء" in {@code text}. */
    private static String analyse(RegistryTable table, String text) {
        String name = "تحالف الضفاف الخضراء";
        int at = text.indexOf(name);
        var doc = new Article(Metadata.of("t"), "", List.of(new Article.Block(text, Paragraph.Kind.paragraph))).toDocument();
        doc = doc.with(Layers.ENTITIES, List.of(new Entity(at, at + name.length(), "ORG", name, null, null)));
        var actors = new ActorsStage(table.registry()).process(doc).get(ExtractLayers.ACTORS);
        return actors.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor found in: " + actors)).id();
    }
}
