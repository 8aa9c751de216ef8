package org.tumorboard.navigator.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tumorboard.navigator.engine.CompiledRuleCache;
import org.tumorboard.navigator.engine.RuleSetLoader;

/**
 * Settings under {@code tumorboard.*}.
 *
 * @param rulesDir     the rules directory, read from the file system at start ({@code rules} in the working directory)
 * @param ruleCacheDir where the rules compiled at one start are kept for the next (see {@link CompiledRuleCache});
 *                     blank: nowhere, the rules are compiled at every start
 */
@ConfigurationProperties("tumorboard")
public record TumorBoardProperties(@DefaultValue(RuleSetLoader.DEFAULT_DIRECTORY) Path rulesDir,
                                   @DefaultValue("") String ruleCacheDir) {

    /** The rule cache these settings name, or null. */
    CompiledRuleCache ruleCache() {
        return ruleCache(ruleCacheDir);
    }

    static CompiledRuleCache ruleCache(String directory) {
        return directory == null || directory.isBlank() ? null : new CompiledRuleCache(Path.of(directory.strip()));
    }
}
