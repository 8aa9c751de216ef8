package org.tumorboard.navigator.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditLog;

/** A review and its audit entry commit together: when the entry cannot be written, the review is not kept either. */
@SpringBootTest(properties = "tumorboard.rules-dir=src/test/resources/rulesets/starter")
class ReviewAuditTransactionTests {

    @MockitoSpyBean
    AuditLog audit;

    @Autowired
    Reviews reviews;

    @Test
    void aReviewWhoseAuditEntryFailsIsNotStored() {
        doThrow(new DataAccessResourceFailureException("no space left on device"))
                .when(audit).record(eq("ann"), eq(AuditAction.REVIEW), any(), any(), any());
        assertThatThrownBy(() -> reviews.record("IRE-PACEMAKER", "ann",
                new ReviewRequest("FAITHFUL", null, null))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(reviews.reviewsOf("IRE-PACEMAKER")).isEmpty();

        reviews.record("IRE-PACEMAKER", "bob", new ReviewRequest("FAITHFUL", null, null));
        assertThat(reviews.reviewsOf("IRE-PACEMAKER")).extracting(Review::reviewer).containsExactly("bob");
    }

    @Test
    void aCommentWhoseAuditEntryFailsIsNotStored() {
        doThrow(new DataAccessResourceFailureException("no space left on device"))
                .when(audit).record(eq("ann"), eq(AuditAction.COMMENT), any(), any(), any());
        assertThatThrownBy(() -> reviews.comment("IRE-METAL-STENT", "ann", "Is the stent rule current?"))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(reviews.commentsOn("IRE-METAL-STENT")).isEmpty();
    }
}
