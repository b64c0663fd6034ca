package org.rasid.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an ingest run did. {@code read} counts articles read from the inputs plus inputs that could not be read;
 * each of them is stored, skipped (already in the store or seen earlier in the run) or failed.
 *
 * @param failures failure count by reason code; {@code examples} holds the first failure messages
 */
public record IngestSummary(long read, long stored, long skipped, long failed, Map<String, Long> failures,
                            List<String> examples, Duration elapsed) {
    public double rate() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return (stored + skipped) / seconds;
    }
}
