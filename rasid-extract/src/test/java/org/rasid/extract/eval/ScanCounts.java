package org.rasid.extract.eval;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasid.core.DocumentJson;
import org.rasid.extract.actors.ActorResolver;
import org.rasid.extract.actors.InMemoryActorRegistry;

/** Counts which registry names the text scan finds over the first N corpus articles: to review common-word hits. */
public final class ScanCounts {
    public static void main(String[] args) throws Exception {
        var resolver = new ActorResolver(InMemoryActorRegistry.fromResources());
        var counts = new HashMap<String, Integer>();
        int n = Integer.parseInt(args[1]);
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            String line;
            for (int i = 0; i < n && (line = r.readLine()) != null; i++) {
                String text = DocumentJson.MAPPER.readTree(line).path("content").asText();
                for (var a : resolver.resolve(text, List.of()).actors()) {
                    if (a.id().startsWith("geonames:")) {
                        for (var m : a.mentions()) {
                            counts.merge(a.id() + " " + a.name() + " <" + text.substring(m.start(), m.end()) + ">", 1, Integer::sum);
                        }
                    }
                }
            }
        }
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(150)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
