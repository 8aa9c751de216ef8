package org.tumorboard.navigator.system;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tumorboard.navigator.engine.EvaluationJson;
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
        RuleEngine engine = RuleSetBuild.start(rulesDir).engine();   // builds while the files are read
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

    /** Cases per piece of work: big enough to keep both cores busy, small enough to keep little in memory. */
    private static final int CHUNK = 64;

    /**
     * The evaluations in argument order, a line each, from the parts serialized once for the rule set: runs of cases
     * are evaluated on every core, and each run is written out as soon as it and every run before it are done, so
     * the output streams and at most a few runs are held at once.
     */
    private static void writeLines(RuleEngine engine, List<CaseFacts> cases, OutputStream out) {
        EvaluationJson json = new EvaluationJson(JsonMapper.builder().build(), engine);
        byte[] newline = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "evaluate");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<byte[]>> running = new ArrayDeque<>();
        BufferedOutputStream buffer = new BufferedOutputStream(out, 1 << 16);
        try {
            for (int from = 0; from < cases.size(); from += CHUNK) {
                List<CaseFacts> run = cases.subList(from, Math.min(cases.size(), from + CHUNK));
                running.add(workers.submit(() -> lines(engine, json, run, newline)));
                if (running.size() > 2 * threads) {
                    buffer.write(done(running.poll()));
                }
            }
            while (!running.isEmpty()) {
                buffer.write(done(running.poll()));
            }
            buffer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static byte[] lines(RuleEngine engine, EvaluationJson json, List<CaseFacts> run, byte[] newline)
            throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(run.size() * 48 * 1024);
        for (CaseFacts facts : run) {
            json.document(engine.evaluate(facts)).writeTo(lines);
            lines.write(newline);
        }
        return lines.toByteArray();
    }

    private static byte[] done(Future<byte[]> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
