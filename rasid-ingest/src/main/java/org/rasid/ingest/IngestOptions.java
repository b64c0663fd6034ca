package org.rasid.ingest;

import java.time.Duration;

/**
 * How inputs are read. {@code published} (ISO date) overrides whatever date the input carries.
 *
 * @param allowPrivate fetch URLs that resolve to loopback or private addresses (refused by default)
 * @param maxBytes     inputs (and single JSON Lines records) larger than this are refused rather than read
 * @param timeout      limit for connecting to a URL, for its headers, and again for its body
 */
public record IngestOptions(String published, boolean allowPrivate, long maxBytes, Duration timeout) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static IngestOptions defaults() {
        return new IngestOptions(null, false, DEFAULT_MAX_BYTES, Duration.ofSeconds(10));
    }

    public IngestOptions withPublished(String iso) {
        return new IngestOptions(iso, allowPrivate, maxBytes, timeout);
    }

    public IngestOptions withAllowPrivate(boolean allow) {
        return new IngestOptions(published, allow, maxBytes, timeout);
    }

    public IngestOptions withTimeout(Duration limit) {
        return new IngestOptions(published, allowPrivate, maxBytes, limit);
    }
}
