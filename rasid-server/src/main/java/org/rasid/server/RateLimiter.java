package org.rasid.server;

/**
 * A token bucket shared by all clients (the server listens on loopback, so there is one client machine):
 * {@code perSecond} requests a second on average, bursts up to twice that.
 */
final class RateLimiter {
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();

    RateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.capacity = perSecond * 2;
        this.tokens = capacity;
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
