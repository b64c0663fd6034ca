package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.DocumentJson;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.extract.eval.WojoodEval;
import org.rasid.extract.eval.WojoodReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "wojood", description = "Score DATE, TIME, ROLE (as OCC), NORP, NUMBER (as CARDINAL), MONEY and PERCENT"
        + " against a Wojood nested-NER file; prints exact and relaxed per-type scores as one JSON line.")
final class EvalWojoodCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Wojood file: 'token TAG [TAG...]' lines, '$#$ O' between sentences.")
    Path gold;

    @Option(names = "--types", split = ",", paramLabel = "T", description = "Wojood types to score (default: ${DEFAULT-VALUE}).",
            defaultValue = "DATE,TIME,OCC,NORP,CARDINAL,MONEY,PERCENT")
    List<String> types;

    @Option(names = "--misses", description = "Also print each missed gold entity and extra system entity to stderr.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        var eval = new WojoodEval(Pipeline.standard()::process, types, misses ? err::println : line -> { });
        var sentences = WojoodReader.read(gold);
        long t0 = System.nanoTime();
        var result = eval.evaluate(sentences);
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(DocumentJson.MAPPER.writeValueAsString(result.toJson((System.nanoTime() - t0) / 1e9)));
        return 0;
    }
}
