package org.tumorboard.navigator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.tumorboard.navigator.commandline.Commands;

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
        SpringApplication.run(TumorBoardApplication.class, args);
    }
}
