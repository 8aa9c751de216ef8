package org.tumorboard.navigator.commandline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * library over and over; {@code inprocess DIR} prints, per round over them, the in-process time per case of what the
 * {@code evaluate} command does with each file (read and check it, evaluate, write its JSON line; the figure the
 * command's time per case is compared with) and of the evaluation alone. The third round is the warm one.
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
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        CaseReader reader = CaseReader.withDefaultValidator();
        RuleEngine engine = RuleEngine.load(Path.of("rules"));
        JsonMapper json = JsonMapper.builder().build();
        OutputStream discard = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16);
        byte[] newline = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
        List<CaseFacts> cases = new ArrayList<>(files.size());
        for (int round = 0; round < 3; round++) {
            cases.clear();
            long start = System.nanoTime();
            for (Path file : files) {   // the command's mix: read and check the file, evaluate, write the line
                CaseFacts facts;
                try (InputStream in = Files.newInputStream(file)) {
                    facts = reader.read(in);
                }
                discard.write(json.writeValueAsBytes(engine.evaluate(facts)));
                discard.write(newline);
                cases.add(facts);
            }
            long mixed = System.nanoTime();
            cases.forEach(engine::evaluate);
            long evaluated = System.nanoTime();
            System.out.printf("in-process round %d: %.1f us/case (read, evaluate, write), %.1f us/case (evaluate only)%n",
                    round, (mixed - start) / 1e3 / files.size(), (evaluated - mixed) / 1e3 / files.size());
        }
    }
}
