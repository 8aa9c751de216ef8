package org.tumorboard.navigator.storage;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded database's directory checked before the database opens, and restricted to its owner once it is open
 * ({@link DataDirectory}); the web app's and the command line's contexts alike.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    static DestructionAwareBeanPostProcessor dataDirectoryChecked() {
        return new DestructionAwareBeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource hikari) {
                    DataDirectory.of(hikari.getJdbcUrl())
                            .ifPresent(d -> d.check(hikari.getUsername(), hikari.getPassword()));
                    StorageFailures.watch(hikari);
                }
                return bean;
            }

            @Override
            public void postProcessBeforeDestruction(Object bean, String name) {
                if (bean instanceof HikariDataSource hikari) {
                    StorageFailures.forget(hikari);
                }
            }
        };
    }

    @Bean
    SmartInitializingSingleton dataDirectoryRestricted(DataSource dataSource) {
        return () -> {
            if (dataSource instanceof HikariDataSource hikari) {
                DataDirectory.of(hikari.getJdbcUrl()).ifPresent(DataDirectory::restrict);
            }
        };
    }
}
