package org.tumorboard.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of a rule set in a temporary directory, for tests that change rules. */
public final class RuleSetCopies {

    private RuleSetCopies() {
    }

    /** A copy of every file under {@code from} in {@code dir}. */
    public static Path copy(Path from, Path dir) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file of a copied rule set; fails if the text is not there. */
    public static void replace(Path dir, String file, String text, String replacement) {
        try {
            Path path = dir.resolve(file);
            String content = Files.readString(path);
            if (!content.contains(text)) {
                throw new IllegalStateException(file + " does not contain " + text);
            }
            Files.writeString(path, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real rule set with the Huang et al. 4 cm limit of the IRE size rules moved to 5 cm. */
    public static Path huangLimitAt5Cm(Path dir) {
        copy(TestRuleSets.REAL, dir);
        replace(dir, "ire-selection.drl", "tumorSizeCm > 4.0", "tumorSizeCm > 5.0");
        replace(dir, "ire-selection.drl", "tumorSizeCm <= 4.0", "tumorSizeCm <= 5.0");
        return dir;
    }
}
