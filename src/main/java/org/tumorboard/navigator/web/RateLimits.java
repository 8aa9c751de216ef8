package org.tumorboard.navigator.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often one client (by address) may call a door: at most {@code limit} calls in each window of {@code window},
 * counted from its first call in the window. Kept in memory, per instance, for the few doors that anyone may call
 * without an account (CDS Hooks feedback, joining a class session).
 */
public final class RateLimits {

    private final int limit;
    private final Cache<String, AtomicInteger> calls;

    public RateLimits(int limit, Duration window) {
        this.limit = limit;
        this.calls = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Counts a call of this client; false where it is over the limit (the call is then refused). */
    public boolean allow(String client) {
        return calls.get(client, c -> new AtomicInteger()).incrementAndGet() <= limit;
    }
}
