package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RuleSetFailureAnalyzerTests {

    @Test
    void aRuleSetThatDoesNotCompileStopsTheStartListingEachErrorAsFileAndLine(@TempDir Path dir, CapturedOutput output) {
        Path rules = TestRuleSets.starterCopy(dir, Map.of("ire-devices.drl", """
                package org.tumorboard.rules;

                rule "Broken"
                when
                    CaseFacts( pacemaker == )
                then
                end
                """));
        SpringApplication app = new SpringApplication(TumorBoardApplication.class);
        assertThatThrownBy(() -> app.run("--tumorboard.rules-dir=" + rules, "--server.port=0"))
                .hasRootCauseInstanceOf(org.tumorboard.navigator.engine.RuleSetException.class);
        assertThat(output).contains("The rule set could not be loaded:", "ire-devices.drl:5:")
                .doesNotContain("\tat org.tumorboard");
    }
}
