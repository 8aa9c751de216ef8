package org.tumorboard.navigator.drools;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one case made the rules do.
 *
 * @param concluded the ids of the consideration rules whose conclusion holds, each once
 * @param fired     the ids of every rule that fired, derivation rules included
 */
public record Firing(List<String> concluded, SortedSet<String> fired) {

    public Firing {
        concluded = List.copyOf(concluded);
        fired = Collections.unmodifiableSortedSet(new TreeSet<>(fired));
    }
}
