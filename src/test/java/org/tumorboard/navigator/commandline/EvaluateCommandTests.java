package org.tumorboard.navigator.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumorboard.navigator.TestRuleSets;
import org.tumorboard.navigator.engine.RuleEngine;
import org.tumorboard.navigator.engine.RuleSetLoader;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseReader;
import org.tumorboard.navigator.rulecheck.CaseLibrary;
import org.tumorboard.navigator.rulecheck.CaseSpace;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Lines are, byte for byte, one {@code writeValueAsString} and line separator per case, in argument order. */
class EvaluateCommandTests {

    @Test
    void streamsTheSameBytesAsOneStringPerCase(@TempDir Path dir) throws Exception {
        RuleEngine engine = RuleEngine.load(TestRuleSets.REAL);
        CaseReader reader = CaseReader.withDefaultValidator();
        List<CaseFacts> cases = CaseLibrary.generate(CaseSpace.of(RuleSetLoader.load(TestRuleSets.REAL)), reader)
                .cases().subList(0, 300);
        JsonMapper json = JsonMapper.builder().build();
        List<String> files = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            Path file = dir.resolve(i + ".json");
            Files.writeString(file, json.writeValueAsString(cases.get(i)));
            files.add(file.toString());
            expected.append(json.writeValueAsString(engine.evaluate(reader.read(Files.newInputStream(file)))))
                    .append(System.lineSeparator());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvaluateCommand.run(files, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestRuleSets.REAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
