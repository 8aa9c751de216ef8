package org.tumorboard.navigator.commandline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetException;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.intake.FieldProblem;
import org.tumorboard.navigator.intake.InvalidCaseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate FILE...}: one evaluation per line (JSON Lines) in argument order, exit 0. Every file is read and
 * checked first; if any is invalid, each invalid one gets a line on stderr naming the file and the field, nothing is
 * printed on stdout, and the exit status is 2. A rule set that does not load: its problems on stderr, exit 1.
 */
final class EvaluateCommand {

    private EvaluateCommand() {
    }

    static int run(List<String> files, PrintStream out, PrintStream err, Path rulesDir) {
        RuleEngine engine = RuleEngine.building(rulesDir);   // builds while the files are read
        CaseReader reader = CaseReader.withDefaultValidator();
        List<CaseFacts> cases = new ArrayList<>();
        boolean invalid = false;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                cases.add(reader.read(in));
            } catch (InvalidCaseException e) {
                invalid = true;
                err.println(file + ": " + e.problems().stream().map(FieldProblem::toString)
                        .reduce((a, b) -> a + "; " + b).orElse("invalid"));
            } catch (NoSuchFileException e) {
                invalid = true;
                err.println(file + ": no such file");
            } catch (IOException e) {
                invalid = true;
                err.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (invalid) {
            return Commands.INVALID_INPUT;
        }
        try {
            engine.ruleSet();
        } catch (RuleSetException e) {
            e.problems().forEach(err::println);
            return Commands.FAILED;
        }
        writeLines(engine, cases, out);
        return Commands.OK;
    }

    /** Each evaluation written as it is made, a line each, through one buffer. */
    private static void writeLines(RuleEngine engine, List<CaseFacts> cases, OutputStream out) {
        JsonMapper json = JsonMapper.builder().build();
        byte[] newline = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
        BufferedOutputStream buffer = new BufferedOutputStream(out, 1 << 16);
        try {
            for (CaseFacts facts : cases) {
                buffer.write(json.writeValueAsBytes(engine.evaluate(facts)));
                buffer.write(newline);
            }
            buffer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
