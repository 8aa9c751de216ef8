package org.tumorboard.navigator;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tumorboard.navigator.engine.RuleSetLoader;

/**
 * Settings under {@code tumorboard.*}.
 *
 * @param rulesDir the rules directory, read from the file system at start ({@code rules} in the working directory)
 */
@ConfigurationProperties("tumorboard")
public record TumorBoardProperties(@DefaultValue(RuleSetLoader.DEFAULT_DIRECTORY) Path rulesDir) {
}
