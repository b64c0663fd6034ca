package org.rasid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.core.pipeline.Stage;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;

/** The process {@link KillTest} kills: ingests every file of a folder with a slow stage, in small batches. */
public final class IngestChild {
    /** Marks the first word as an actor mention and takes its time, so that kills land mid-run. */
    static final class SlowEntities implements Stage {
        @Override
        public String name() {
            return "slow-entities";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layers.PARAGRAPHS);
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.ENTITIES);
        }

        @Override
        public Document process(Document doc) {
            try {
                Thread.sleep(8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int end = doc.text().indexOf(' ');
            String word = doc.text().substring(0, end);
            return doc.with(Layers.ENTITIES, List.of(new Entity(0, end, "PERS", word, null, "A-" + word)));
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            inputs = files.map(Path::toString).sorted().toList();
        }
        try (var store = Store.open(Path.of(args[0]))) {
            var pipeline = Pipeline.ordered(List.of(new SlowEntities()));
            var summary = new IngestRun(store, new Ingestor(IngestOptions.defaults()), pipeline, 2, 15, null).run(inputs);
            System.out.println("stored " + summary.stored() + " skipped " + summary.skipped());
        }
    }
}
