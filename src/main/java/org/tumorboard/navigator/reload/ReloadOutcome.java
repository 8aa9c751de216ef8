package org.tumorboard.navigator.reload;

import java.util.List;

/**
 * What a reload did.
 *
 * @param reloaded        true if the candidate was swapped in
 * @param ruleSetVersion  the version serving now (the old one if the candidate was rejected)
 * @param previousVersion the version serving before
 * @param problems        why the candidate was rejected, each as {@code file:line: message}; empty if reloaded
 */
public record ReloadOutcome(boolean reloaded, String ruleSetVersion, String previousVersion, List<String> problems) {

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }
}
