package org.tumorboard.navigator.scenarios;

/** A figure of the review told as a teaching case: presentation, a prompt for the learner, what happened. */
public record Walkthrough(String title, String presentation, String prompt, String outcome) {
}
