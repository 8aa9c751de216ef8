package org.tumorboard.navigator.signoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tumorboard.review.*}.
 *
 * @param approvalsRequired how many distinct reviewers must judge a rule's current fingerprint faithful before it
 *                          is approved (default 2, at least 1)
 */
@ConfigurationProperties("tumorboard.review")
public record ReviewProperties(@DefaultValue("2") int approvalsRequired) {

    public ReviewProperties {
        if (approvalsRequired < 1) {
            throw new IllegalArgumentException("tumorboard.review.approvals-required must be at least 1");
        }
    }
}
