package org.tumorboard.navigator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tumorboard.navigator.system.Commands;
import org.tumorboard.navigator.system.EarlyRuleSetBuild;

/**
 * Tumor Board Navigator. With no arguments, or only {@code --name=value} properties, the web app starts; a
 * subcommand ({@code evaluate FILE...}, {@code verify}, {@code help}: see {@link Commands}) runs without it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TumorBoardApplication {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.runFromMain(args));
        }
        application().run(args);
    }

    /** The web app as {@code main} starts it: the rule set starts building before the context does. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(TumorBoardApplication.class);
        application.addInitializers(new EarlyRuleSetBuild());
        return application;
    }
}
