package org.tumorboard.navigator.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.InvalidCaseException;
import org.tumorboard.navigator.rulecheck.CaseLibrary;
import org.tumorboard.navigator.rulecheck.CaseSpace;
import tools.jackson.databind.json.JsonMapper;

/**
 * For {@code src/test/bench/batch.sh} (not a test): {@code write DIR N} writes N case files, the generated case
 * library over and over; {@code inprocess DIR} prints the warm in-process evaluation time per case over them, the
 * figure the {@code evaluate} command's time per case is compared with.
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws IOException, InvalidCaseException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            List<CaseFacts> library = CaseLibrary.generate(CaseSpace.of(RuleSetLoader.load(Path.of("rules"))),
                    CaseReader.withDefaultValidator()).cases();
            JsonMapper json = JsonMapper.builder().build();
            Files.createDirectories(dir);
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                Files.writeString(dir.resolve(String.format("%05d.json", i)), json.writeValueAsString(library.get(i % library.size())));
            }
            return;
        }
        CaseReader reader = CaseReader.withDefaultValidator();
        List<CaseFacts> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    cases.add(reader.read(in));
                }
            }
        }
        RuleEngine engine = RuleEngine.load(Path.of("rules"));
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            cases.forEach(engine::evaluate);
            System.out.printf("in-process round %d: %.1f us/case%n", round, (System.nanoTime() - start) / 1e3 / cases.size());
        }
    }
}
