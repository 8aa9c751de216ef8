package org.tumorboard.navigator.audit;

import java.util.Map;

/**
 * Stored records of one kind that audit entries bind into the chain (reviews, comments, …): each record's hash as
 * stored now, by id, for {@link AuditChain#verify} to compare with what its entry recorded.
 */
public interface BoundRecords {

    /** The kind's name in a bound record ({@code review}). */
    String kind();

    /** Every record of the kind stored now: its hash, by id. */
    Map<Long, String> hashes();

    /** A record as an entry binds it: {@code kind:id:sha256}. */
    static String bound(String kind, long id, String hash) {
        return kind + ":" + id + ":" + hash;
    }
}
