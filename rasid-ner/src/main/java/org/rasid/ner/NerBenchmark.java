package org.rasid.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rasid.core.Article;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.text.stage.SentenceStage;
import org.rasid.text.stage.TokenStage;

/**
 * Measures, on one thread: model load time, heap held by the model, tokens/s of the NER stage alone (on
 * documents already tokenized) and of the whole standard pipeline, over articles of a JSON-lines news corpus.
 */
public final class NerBenchmark {
    public record Result(int documents, long tokens, double loadSeconds, double loadCpuSeconds, long modelHeapBytes,
                         double tagTokensPerSecond, double pipelineTokensPerSecond, List<String> pipeline,
                         List<String> pipelineFailures) {
        public String toJson() {
            var n = new ObjectMapper().createObjectNode();
            n.put("documents", documents).put("tokens", tokens).put("model_load_seconds", round(loadSeconds))
                    .put("model_load_cpu_seconds", round(loadCpuSeconds))
                    .put("model_heap_mb", round(modelHeapBytes / 1048576.0))
                    .put("ner_tokens_per_second", Math.round(tagTokensPerSecond))
                    .put("pipeline_tokens_per_second", Math.round(pipelineTokensPerSecond));
            pipeline.forEach(n.putArray("pipeline")::add);
            n.put("pipeline_failed_documents", pipelineFailures.size());
            if (!pipelineFailures.isEmpty()) {
                n.put("first_pipeline_failure", pipelineFailures.get(0));
            }
            return n.toString();
        }

        private static double round(double x) {
            return Math.round(x * 1000) / 1000.0;
        }
    }

    /** Times are CPU seconds of this thread: the figure per core, whatever else the machine is running. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private NerBenchmark() {
    }

    /** With the NER model in {@code modelDir} for tagging alone (null: the shipped one); the pipeline ships its own. */
    public static Result run(Path corpus, int maxDocuments, Path modelDir) {
        List<Article> articles = read(corpus, maxDocuments);
        long before = usedHeap();
        long t0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
        NerModel model = modelDir == null ? NerModel.loadShipped() : NerModel.load(modelDir);
        double load = (System.nanoTime() - t0) / 1e9; // wall clock: reading the class path counts too
        double loadCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        long heap = usedHeap() - before;

        var prepare = Pipeline.ordered(List.of(new TokenStage(), new SentenceStage()));
        var docs = new ArrayList<Document>();
        long tokens = 0;
        for (Article a : articles) {
            Document d = prepare.process(a.toDocument());
            docs.add(d);
            tokens += d.get(Layers.TOKENS).size();
        }
        var ner = new NerStage(model);
        timeStage(ner, docs); // warm-up pass: JIT and the per-thread word cache, as in a long-running process
        double tagSeconds = timeStage(ner, docs);

        var pipeline = Pipeline.standard();
        var failures = new ArrayList<String>();
        articles.subList(0, Math.min(articles.size(), 100)).forEach(a -> analyse(pipeline, a, new ArrayList<>()));
        long t1 = CPU.getCurrentThreadCpuTime();
        articles.forEach(a -> analyse(pipeline, a, failures));
        double pipeSeconds = (CPU.getCurrentThreadCpuTime() - t1) / 1e9;
        return new Result(articles.size(), tokens, load, loadCpu, heap, tokens / tagSeconds, tokens / pipeSeconds,
                pipeline.names(), failures);
    }

    /** Runs the pipeline on one article; a failing stage is recorded (the benchmark reports it) and skipped. */
    private static void analyse(Pipeline pipeline, Article article, List<String> failures) {
        try {
            pipeline.process(article.toDocument());
        } catch (RuntimeException e) {
            var where = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.rasid."))
                    .findFirst().map(f -> " at " + f).orElse("");
            failures.add(e + where);
        }
    }

    private static double timeStage(NerStage stage, List<Document> docs) {
        long t = CPU.getCurrentThreadCpuTime();
        docs.forEach(stage::process);
        return (CPU.getCurrentThreadCpuTime() - t) / 1e9;
    }

    private static long usedHeap() {
        var rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Article> read(Path corpus, int max) {
        var mapper = new ObjectMapper();
        var out = new ArrayList<Article>();
        try (InputStream in = Files.newInputStream(corpus);
             var r = new BufferedReader(new InputStreamReader(corpus.toString().endsWith(".gz") ? new GZIPInputStream(in) : in,
                     StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < max && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = mapper.readTree(line);
                String content = doc.path("content").asText("");
                var blocks = new ArrayList<Article.Block>();
                for (String para : content.split("\n+")) {
                    blocks.add(new Article.Block(para, Paragraph.Kind.paragraph));
                }
                out.add(new Article(Metadata.of(doc.path("source").asText("corpus")), doc.path("title").asText(""), blocks));
            }
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, corpus.toString(), "no such file");
        } catch (IOException e) {
            throw new RasidException(Problem.BAD_FORMAT, corpus.toString(), "not a JSON-lines corpus: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new RasidException(Problem.EMPTY, corpus.toString(), "no articles");
        }
        return out;
    }
}
