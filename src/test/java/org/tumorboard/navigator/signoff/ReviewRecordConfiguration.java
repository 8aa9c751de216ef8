package org.tumorboard.navigator.signoff;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.audit.AuditLog;

/**
 * For {@code @WebMvcTest} slices of pages that show review state: the real review record on a fresh, migrated
 * in-memory H2 database (with the default of 2 approvals).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Reviews.class, ReviewRepository.class, AuditLog.class})
public class ReviewRecordConfiguration {

    @Bean
    DataSource dataSource() {
        return TestDatabases.migrated(TestDatabases.Vendor.H2);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReviewProperties reviewProperties() {
        return new ReviewProperties(2);
    }
}
