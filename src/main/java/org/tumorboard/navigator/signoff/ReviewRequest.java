package org.tumorboard.navigator.signoff;

/**
 * A review as submitted (JSON body or form).
 *
 * @param verdict     {@code FAITHFUL} or {@code NEEDS_CHANGE}
 * @param comment     required for {@code NEEDS_CHANGE}: what is wrong
 * @param fingerprint optional: the fingerprint the reviewer read; if given and no longer current, nothing is recorded
 */
public record ReviewRequest(String verdict, String comment, String fingerprint) {
}
