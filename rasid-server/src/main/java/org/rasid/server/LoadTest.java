package org.rasid.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rasid.core.RasidException;
import org.rasid.store.eval.Latencies;

/**
 * A bounded load test of a running workbench: {@code clients} threads send search requests in turn until
 * {@code maxRequests} were sent or {@code duration} passed, after a warm-up of {@code clients * 10} requests
 * that is not measured (JIT, caches). Refuses any host that is not loopback.
 */
public final class LoadTest {
    public record Result(int requests, int errors, double perSecond, Latencies latency, java.util.Map<Integer, Integer> statuses) {
    }

    private LoadTest() {
    }

    public static Result run(URI base, List<String> queries, int clients, int maxRequests, Duration duration) {
        requireLoopback(base);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < clients * 10; i++) {
            try {
                http.send(request(base, queries.get(i % queries.size())), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                break; // the measured run reports what fails
            }
        }
        var sent = new AtomicInteger();
        var errors = new AtomicInteger();
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        long[] nanos = new long[maxRequests];
        var recorded = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i; (i = sent.getAndIncrement()) < maxRequests && System.nanoTime() < deadline; ) {
                    var request = request(base, queries.get(i % queries.size()));
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.merge(status, 1, Integer::sum);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.merge(-1, 1, Integer::sum);
                        errors.incrementAndGet();
                    }
                    nanos[recorded.getAndIncrement()] = System.nanoTime() - t0;
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        int n = recorded.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(n, errors.get(), n / seconds, Latencies.of(java.util.Arrays.copyOf(nanos, n)), statuses);
    }

    private static HttpRequest request(URI base, String query) {
        return HttpRequest.newBuilder(base.resolve("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private static void requireLoopback(URI base) {
        try {
            if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new RasidException(RasidException.Problem.USAGE, base.toString(), "load tests only target loopback addresses");
            }
        } catch (UnknownHostException e) {
            throw new RasidException(RasidException.Problem.USAGE, base.toString(), "unknown host");
        }
    }
}
