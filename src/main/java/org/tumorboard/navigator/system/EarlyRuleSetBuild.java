package org.tumorboard.navigator.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.tumorboard.navigator.engine.RuleSetLoader;

/**
 * Starts building the rule set as soon as the environment is known, before any bean is defined, and registers the
 * build for {@link EngineConfiguration} to use. Added by {@code TumorBoardApplication.application()}, so only a real
 * start does this; test contexts without it build the rule set when the engine bean is made (in the background too).
 */
public final class EarlyRuleSetBuild implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "earlyRuleSetBuild";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            return;   // `mvn package` writing the ahead-of-time bean definitions: nothing is served, nothing to build
        }
        Binder binder = Binder.get(context.getEnvironment());
        String dir = binder.bind("tumorboard.rules-dir", String.class).orElse(RuleSetLoader.DEFAULT_DIRECTORY);
        String cache = binder.bind("tumorboard.rule-cache-dir", String.class).orElse("");
        context.getBeanFactory().registerSingleton(BEAN,
                RuleSetBuild.start(Path.of(dir), TumorBoardProperties.ruleCache(cache)));
    }
}
