package org.tumorboard.navigator.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Checks the audit log's hash chain and the records it binds: every entry in sequence, following the one before it,
 * its content matching its hash; the head matching the last entry; each head an export or release printed still in
 * the chain; and every bound record (reviews, comments) stored as its entry recorded it, none missing, none added
 * outside the app. A database user can always write its own tables; this makes any change, removal or truncation
 * evident, naming the first entry (or record) that does not match.
 */
@Component
public class AuditChain implements SmartInitializingSingleton {

    /** The outcome: how many entries were checked, the head, and what does not match (empty: intact). */
    public record Verification(long entries, AuditLog.Head head, List<String> problems) {

        public Verification {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }

        /** One line: intact with its head, or the first problem and how many there are. */
        public String summary() {
            return intact() ? "audit chain intact: " + entries + " entries, head " + head
                    : "audit chain broken: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        }
    }

    private final AuditLog log;
    private final List<BoundRecords> records;

    public AuditChain(AuditLog log, List<BoundRecords> records) {
        this.log = log;
        this.records = List.copyOf(records);
    }

    /** Verifies the chain, and that each of these heads (printed by exports and releases) is still in it. */
    public Verification verify(List<AuditLog.Head> known) {
        List<String> problems = new ArrayList<>();
        List<AuditEntry> sealed = new ArrayList<>();
        List<AuditEntry> legacy = new ArrayList<>();
        for (AuditEntry entry : log.all()) {
            (entry.sequence() == null ? legacy : sealed).add(entry);
        }
        sealed.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        String previous = AuditHash.GENESIS;
        long expected = 1;
        Map<Long, String> hashes = new HashMap<>();
        for (AuditEntry entry : sealed) {
            String where = "entry #" + entry.sequence() + " (" + entry.at() + ", " + entry.action() + ")";
            if (entry.sequence() != expected) {
                problems.add("entry #" + expected + (entry.sequence() == expected + 1 ? " is" : " to #"
                        + (entry.sequence() - 1) + " are") + " missing: the chain goes on at " + where);
                break;
            }
            if (!previous.equals(entry.previousHash())) {
                problems.add(where + " does not follow entry #" + (expected - 1) + ": its previous hash differs");
                break;
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                problems.add(where + " was changed after it was written: its content does not match its hash");
                break;
            }
            hashes.put(entry.sequence(), entry.hash());
            previous = entry.hash();
            expected++;
        }
        long last = expected - 1;
        AuditLog.Head head = log.head();
        if (problems.isEmpty() && (head.sequence() != last || !head.hash().equals(previous))) {
            problems.add(head.sequence() > last
                    ? "entries #" + (last + 1) + " to #" + head.sequence() + " were removed: the chain ends at #" + last
                    + " but its head is #" + head.sequence()
                    : "the chain's head (#" + head.sequence() + ") does not match its last entry (#" + last + ")");
        }
        for (AuditLog.Head printed : known) {
            String kept = hashes.get(printed.sequence());
            if (kept == null) {
                problems.add("entry #" + printed.sequence() + ", the head an export or release printed, is no longer "
                        + "in the chain (it ends at #" + last + "): entries were removed");
            } else if (!kept.equals(printed.hash())) {
                problems.add("entry #" + printed.sequence() + " differs from the head an export or release printed");
            }
        }
        legacy(legacy, sealed, problems);
        bound(sealed, problems);
        return new Verification(sealed.size() + legacy.size(), head, problems);
    }

    /** The entries from before the chain, as the chain's first entry sealed them. */
    private static void legacy(List<AuditEntry> legacy, List<AuditEntry> sealed, List<String> problems) {
        AuditEntry seal = sealed.stream().filter(e -> e.action() == AuditAction.CHAIN_STARTED).findFirst().orElse(null);
        if (legacy.isEmpty() && seal == null) {
            return;
        }
        String expected = seal == null ? null : seal.boundRecord();
        String now = BoundRecords.bound("legacy", legacy.size(), legacyHash(legacy));
        if (!now.equals(expected)) {
            problems.add("the " + legacy.size() + " entries from before the chain do not match what its first entry "
                    + "sealed" + (expected == null ? " (there is no seal)" : ""));
        }
    }

    static String legacyHash(List<AuditEntry> legacy) {
        AuditHash hash = AuditHash.of("legacy-entries");
        for (AuditEntry e : legacy) {
            hash.add("id", e.id()).add("at", e.at()).add("actor", e.actor()).add("action", e.action())
                    .add("target", e.target()).add("details", e.details());
        }
        return hash.hex();
    }

    /** Every bound record as stored now against what its (latest) entry recorded. */
    private void bound(List<AuditEntry> sealed, List<String> problems) {
        for (BoundRecords kind : records) {
            Map<Long, String> stored = kind.hashes();
            Map<Long, AuditEntry> recorded = new HashMap<>();
            for (AuditEntry entry : sealed) {
                String bound = entry.boundRecord();
                if (bound != null && bound.startsWith(kind.kind() + ":")) {
                    String[] parts = bound.split(":", 3);
                    recorded.put(Long.parseLong(parts[1]), entry);
                }
            }
            recorded.forEach((id, entry) -> {
                String now = stored.get(id);
                String then = entry.boundRecord().split(":", 3)[2];
                if (now == null) {
                    problems.add(kind.kind() + " " + id + ", recorded by entry #" + entry.sequence()
                            + ", is missing: it was removed");
                } else if (!now.equals(then)) {
                    problems.add(kind.kind() + " " + id + " differs from what entry #" + entry.sequence()
                            + " recorded: it was changed after it was written");
                }
            });
            stored.keySet().stream().filter(id -> !recorded.containsKey(id)).sorted().forEach(id ->
                    problems.add(kind.kind() + " " + id + " is in no audit entry: it was added outside the app"));
        }
    }

    /** At start: the entries from before the chain (if any) sealed by the chain's first entry. */
    @Override
    public void afterSingletonsInstantiated() {
        if (log.head().sequence() > 0) {
            return;
        }
        List<AuditEntry> legacy = log.all().stream().filter(e -> e.sequence() == null).toList();
        if (!legacy.isEmpty()) {
            log.record("app", AuditAction.CHAIN_STARTED, null, legacy.size() + " entries from before the chain sealed",
                    BoundRecords.bound("legacy", legacy.size(), legacyHash(legacy)));
        }
    }
}
