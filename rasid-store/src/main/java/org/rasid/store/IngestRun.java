package org.rasid.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rasid.core.Document;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.ingest.Ingestor;
import org.rasid.ingest.Outcome;

/**
 * Reads inputs, analyses new articles on a pool of threads and stores them from one writer thread in batches
 * (one SQLite transaction and one index commit per batch). Articles already stored (same content id or URL)
 * are skipped before analysis, which makes a rerun after a crash resume where the last batch ended.
 */
public final class IngestRun {
    /** Told about progress from the writer thread; {@code done} counts stored + skipped + failed. */
    public interface Progress {
        void update(long done, long stored);
    }

    private static final Set<String> NOT_STORED = Set.of("tokens"); // recomputable and larger than all else
    private static final int MAX_EXAMPLES = 20;
    private static final Object END = new Object();

    private final Store store;
    private final Ingestor ingestor;
    private final Pipeline pipeline;
    private final int threads;
    private final int batchSize;
    private final Progress progress;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Map<String, Long> failures = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public IngestRun(Store store, Ingestor ingestor, Pipeline pipeline, int threads, int batchSize, Progress progress) {
        this.store = store;
        this.ingestor = ingestor;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.progress = progress;
    }

    public IngestSummary run(List<String> inputs) {
        long started = System.nanoTime();
        BlockingQueue<Object> analysed = new ArrayBlockingQueue<>(threads * 4 + batchSize);
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var writerError = new AtomicReference<RuntimeException>();
        Thread writer = new Thread(() -> write(analysed, writerError), "rasid-store-writer");
        writer.start();
        try {
            for (String input : inputs) {
                ingestor.read(input, outcome -> {
                    if (writerError.get() != null) {
                        throw writerError.get();
                    }
                    if (outcome.isSkipped()) {
                        return; // a file of another type inside a directory: a warning, not an article
                    }
                    read.incrementAndGet();
                    if (!outcome.isOk()) {
                        fail(outcome.error().problem().name(), outcome.error().oneLine());
                    } else {
                        submit(outcome, pool, inFlight, analysed);
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            putQuietly(analysed, END);
            joinQuietly(writer);
        }
        if (writerError.get() != null) {
            throw writerError.get();
        }
        synchronized (failures) {
            return new IngestSummary(read.get(), stored.get(), skipped.get(), failed.get(), Map.copyOf(failures),
                    List.copyOf(examples), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void submit(Outcome outcome, ExecutorService pool, Semaphore inFlight, BlockingQueue<Object> analysed) {
        Document doc = outcome.article().toDocument();
        String id = DocumentJson.contentId(doc.text());
        String url = doc.meta().url();
        boolean firstTime = seen.add("id:" + id) & (url == null || seen.add("url:" + url));
        if (!firstTime || store.contains(id, url)) {
            skipped.incrementAndGet();
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                putQuietly(analysed, DocumentJson.toJson(pipeline.process(doc), NOT_STORED));
            } catch (RuntimeException e) {
                fail("ANALYSIS", doc.meta().source() + ": analysis failed: " + e);
                report();
            } finally {
                inFlight.release();
            }
        });
    }

    /** The single writer: drains analysed articles into batches; stops at END or on the first store error. */
    private void write(BlockingQueue<Object> analysed, AtomicReference<RuntimeException> error) {
        var batch = new ArrayList<ObjectNode>();
        long lastFlush = System.nanoTime();
        try {
            while (true) {
                Object next = analysed.poll(200, TimeUnit.MILLISECONDS);
                if (next instanceof ObjectNode doc) {
                    batch.add(doc);
                }
                boolean due = System.nanoTime() - lastFlush > TimeUnit.SECONDS.toNanos(2);
                if (next == END || batch.size() >= batchSize || (due && !batch.isEmpty())) {
                    flush(batch);
                    lastFlush = System.nanoTime();
                }
                if (next == END) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            error.set(e instanceof RasidException ? e : new RasidException(Problem.STORE, null, "cannot store: " + e, e));
            analysed.clear(); // unblock analysers; the run stops at the next input
        }
    }

    private void flush(List<ObjectNode> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int added = store.write(batch);
        stored.addAndGet(added);
        skipped.addAndGet(batch.size() - added);
        batch.clear();
        report();
    }

    private void report() {
        if (progress != null) {
            progress.update(stored.get() + skipped.get() + failed.get(), stored.get());
        }
    }

    private void fail(String reason, String message) {
        failed.incrementAndGet();
        synchronized (failures) {
            failures.merge(reason, 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(message);
            }
        }
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(365, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
