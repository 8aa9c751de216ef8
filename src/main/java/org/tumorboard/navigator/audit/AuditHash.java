package org.tumorboard.navigator.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over labelled, length-prefixed parts (so that no two different inputs hash the same bytes): of an audit
 * entry and its predecessor's hash, and of the records entries bind. Instants are taken to the microsecond, as the
 * databases store them.
 */
public final class AuditHash {

    /** The hash before the first entry of the chain. */
    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha = sha256();

    private AuditHash() {
    }

    public static AuditHash of(String kind) {
        return new AuditHash().add("kind", kind);
    }

    public AuditHash add(String label, Object value) {
        String text = value == null ? "\u0000null" : value instanceof Instant i ? micros(i).toString() : value.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((label + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** An instant as the databases keep it. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
