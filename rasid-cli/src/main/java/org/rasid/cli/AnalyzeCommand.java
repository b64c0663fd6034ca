package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;
import org.rasid.ingest.Outcome;
import org.rasid.extract.actors.ActorsStage;
import org.rasid.store.RegistryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", description = "Analyse articles and print one rasid/1 JSON object each (JSON Lines for several).")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, JSON/JSONL, http(s) URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date, overriding the input's.")
    String published;

    @Option(names = "--tokens", description = "Include the tokens layer in JSON output.")
    boolean tokens;

    @Option(names = "--allow-private", description = "Allow URLs on loopback and private networks.")
    boolean allowPrivate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit for fetching a URL (connect, headers, body), in seconds (default 10).")
    int timeoutSeconds;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Keep the actor registry in this SQLite file (created when absent; a store's rasid.db works too), "
                    + "so actors met here keep their ids and aliases in later runs. Default: in memory only.")
    Path registry;

    @Override
    public Integer call() {
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new RasidException(RasidException.Problem.USAGE, "--published", "not a YYYY-MM-DD date: " + published);
            }
        }
        if (timeoutSeconds < 1) {
            throw new RasidException(RasidException.Problem.USAGE, "--timeout", "must be at least 1 second");
        }
        var options = IngestOptions.defaults().withPublished(published).withAllowPrivate(allowPrivate)
                .withTimeout(Duration.ofSeconds(timeoutSeconds));
        var ingestor = new Ingestor(options);
        try (var table = registry == null ? null : RegistryTable.open(registry)) {
            return analyze(ingestor, table == null ? Pipeline.standard() : ActorsStage.standardPipeline(table.registry()));
        }
    }

    private int analyze(Ingestor ingestor, Pipeline pipeline) {
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        var printer = new Printer(out);
        var failures = new Failures(System.err);
        for (String input : inputs) {
            ingestor.read(input, outcome -> {
                if (outcome.isOk()) {
                    try {
                        printer.accept(pipeline.process(outcome.article().toDocument()));
                    } catch (RasidException e) {
                        failures.report(Outcome.failed(e));
                    }
                } else {
                    failures.report(outcome);
                }
            });
        }
        printer.finish();
        out.flush();
        return failures.exitCode();
    }

    /** Prints one document as a pretty JSON object, or every document as a JSON line once there are several. */
    private final class Printer {
        private final PrintStream out;
        private Document pending;
        private int count;

        Printer(PrintStream out) {
            this.out = out;
        }

        void accept(Document doc) {
            if (format == Format.text) {
                out.println(TextReport.render(doc));
                return;
            }
            count++;
            if (pending != null) {
                out.println(DocumentJson.toJsonLine(pending, omitted()));
            }
            pending = doc;
            if (count > 1) {
                out.println(DocumentJson.toJsonLine(pending, omitted()));
                pending = null;
            }
        }

        void finish() {
            if (pending != null) {
                out.println(DocumentJson.toJson(pending, omitted()).toPrettyString());
            }
        }

        private Set<String> omitted() {
            return tokens ? Set.of() : Set.of("tokens");
        }
    }
}
