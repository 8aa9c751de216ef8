package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tumorboard.navigator.TestDatabases;
import org.tumorboard.navigator.TumorBoardApplication;

/**
 * Two instances of the app (two application contexts) on one PostgreSQL database, as behind a load balancer: each
 * sees the other's reviews, and reviews of one rule made concurrently through both are all kept.
 */
class SharedPostgresTests {

    static final String RULE = "IRE-PACEMAKER";

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        String url = TestDatabases.newPostgresDatabase();
        first = start(url);
        second = start(url);
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TumorBoardApplication.class).run(
                "--server.port=0", "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--tumorboard.rules-dir=src/test/resources/rulesets/starter");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void eachInstanceSeesTheOthersReviewsAndConcurrentReviewsAreAllKept() throws Exception {
        Reviews one = first.getBean(Reviews.class);
        Reviews two = second.getBean(Reviews.class);
        one.record(RULE, "ann", new ReviewRequest("FAITHFUL", null, null));
        assertThat(two.of(RULE).orElseThrow().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        two.record(RULE, "bob", new ReviewRequest("FAITHFUL", null, null));
        assertThat(one.of(RULE).orElseThrow().status()).as("ann on one instance, bob on the other")
                .isEqualTo(ReviewStatus.APPROVED);

        int perInstance = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2 * perInstance);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * perInstance; i++) {
                Reviews instance = i % 2 == 0 ? one : two;
                String reviewer = "reviewer-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    return instance.record(RULE, reviewer, new ReviewRequest("NEEDS_CHANGE", "note " + reviewer, null));
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Reviews instance : List.of(one, two)) {
            assertThat(instance.reviewsOf(RULE)).hasSize(2 + 2 * perInstance)
                    .extracting(Review::reviewer).doesNotHaveDuplicates();
            assertThat(instance.of(RULE).orElseThrow().status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);
        }
    }
}
