package org.tumorboard.navigator.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds advice wording in consideration text. Considerations report what the literature says; they never say what
 * a patient should receive. "Recommend" is allowed only where a sentence attributes it (to named authors, the
 * review or its authors).
 */
public final class AdviceWording {

    private static final Pattern ALWAYS = Pattern.compile(
            "\\b(should|ought to|eligible|ineligible|eligibility|is indicated|are indicated|not indicated|"
                    + "we recommend|we suggest|you need|best option|treatment of choice)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMEND = Pattern.compile("\\brecommend\\w*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(et al|the review|the authors|concluded|reports?)\\b",
            Pattern.CASE_INSENSITIVE);

    private AdviceWording() {
    }

    /** Each advice phrase found in the text, in order; empty where the text is neutral. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher always = ALWAYS.matcher(text);
        while (always.find()) {
            found.add(always.group().toLowerCase(Locale.ROOT));
        }
        for (String sentence : text.split("(?<=[.;:!?])(?<!\\bal\\.)\\s+")) {
            Matcher recommend = RECOMMEND.matcher(sentence);
            if (recommend.find() && !ATTRIBUTION.matcher(sentence).find()) {
                found.add(recommend.group().toLowerCase(Locale.ROOT) + " (unattributed)");
            }
        }
        return found;
    }
}
