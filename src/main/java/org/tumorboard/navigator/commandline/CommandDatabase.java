package org.tumorboard.navigator.commandline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.audit.AuditLog;
import org.tumorboard.navigator.signoff.SignOffRecords;
import org.tumorboard.navigator.storage.StorageConfiguration;
import org.tumorboard.navigator.signoff.ReviewProperties;
import org.tumorboard.navigator.signoff.ReviewRepository;
import org.tumorboard.navigator.audit.ClockConfiguration;

/**
 * The review record for the command line ({@code user ...}, {@code verify --require-approved}): a small Spring
 * context without web server over the configured database, read from the same settings as the web app
 * ({@code application.properties}, {@code --spring.profiles.active=postgres}, {@code --spring.datasource.*},
 * {@code SPRING_DATASOURCE_*}), migrated by Flyway.
 */
final class CommandDatabase implements AutoCloseable {

    /** A {@code --name=value} setting whose name has a dot ({@code --spring.datasource.url=...}). */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w-]+)+=.*");

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
    @ComponentScan(basePackageClasses = {Accounts.class, AuditLog.class},
            excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
    @Import({ClockConfiguration.class, ReviewRepository.class, SignOffRecords.class, StorageConfiguration.class})
    @EnableConfigurationProperties(ReviewProperties.class)
    static class Record {
    }

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final ConfigurableApplicationContext context;

    private CommandDatabase(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The settings among {@code args}; the rest are the subcommand's own. */
    static List<String> settings(List<String> args) {
        return args.stream().filter(a -> SETTING.matcher(a).matches()).toList();
    }

    static List<String> withoutSettings(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        rest.removeAll(settings(args));
        return rest;
    }

    static CommandDatabase open(List<String> settings) {
        // The command line's quiet logging stays in place: Spring Boot is told not to configure logging.
        String logging = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            return new CommandDatabase(new SpringApplicationBuilder(Record.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .run(settings.toArray(String[]::new)));
        } finally {
            if (logging == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, logging);
            }
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
