package org.tumorboard.navigator;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.tumorboard.navigator.engine.RuleSetException;

/** A rule set that does not load stops the start with every problem as {@code file:line: message}, no stack trace. */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        return new FailureAnalysis(
                "The rule set could not be loaded:\n  " + String.join("\n  ", cause.problems()),
                "Fix the files named above (paths are relative to the rules directory), or point "
                        + "tumorboard.rules-dir at another rules directory. "
                        + "'java -jar target/tumor-board.jar verify' checks a rules directory without starting the app.",
                cause);
    }
}
