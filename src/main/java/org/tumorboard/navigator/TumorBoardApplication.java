package org.tumorboard.navigator;

import java.net.URL;
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

    /** Set by {@code -Dspring.aot.enabled=…}; see {@link #useAheadOfTimeBeansWhenPackaged()}. */
    static final String AOT = "spring.aot.enabled";

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.runFromMain(args));
        }
        useAheadOfTimeBeansWhenPackaged();
        application().run(args);
    }

    /**
     * The packaged jar starts from the bean definitions Spring AOT wrote when it was packaged (about 0.7 s faster, see
     * README, "Benchmarks"): they are always in the jar and always match it. Run from the build directories
     * ({@code mvn spring-boot:run}, tests) the app reads its configuration classes as usual, since generated classes
     * left there by an earlier {@code package} may be stale. {@code -Dspring.aot.enabled=false} turns it off.
     */
    static void useAheadOfTimeBeansWhenPackaged() {
        URL code = TumorBoardApplication.class.getProtectionDomain().getCodeSource().getLocation();
        boolean packaged = code != null && "jar".equals(code.getProtocol());
        boolean generated = TumorBoardApplication.class.getResource(
                TumorBoardApplication.class.getSimpleName() + "__ApplicationContextInitializer.class") != null;
        if (packaged && generated && System.getProperty(AOT) == null) {
            System.setProperty(AOT, "true");
        }
    }

    /** The web app as {@code main} starts it: the rule set starts building before the context does. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(TumorBoardApplication.class);
        application.addInitializers(new EarlyRuleSetBuild());
        return application;
    }
}
