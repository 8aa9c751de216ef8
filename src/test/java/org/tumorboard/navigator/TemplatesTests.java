package org.tumorboard.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages hold no inline script or style (the Content-Security-Policy would block them) and insert no unescaped
 * text: every template, checked for the constructs that would need {@code 'unsafe-inline'} or {@code th:utext}.
 */
class TemplatesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** What may not appear in a template, and why. */
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("th:utext"));

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noInlineScriptStyleOrUnescapedText(Path template) throws IOException {
        String html = Files.readString(template);
        for (Pattern forbidden : FORBIDDEN) {
            assertThat(forbidden.matcher(html).results().map(r -> r.group()).toList())
                    .as(template + " must not contain " + forbidden).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("forbiddenSamples")
    void theCheckCatchesEachForbiddenConstruct(String sample) {
        assertThat(FORBIDDEN).anyMatch(p -> p.matcher(sample).find());
    }

    static Stream<String> forbiddenSamples() {
        return Stream.of("<script>alert(1)</script>", "<style>p{}</style>", "<p style=\"color:red\">",
                "<button onclick=\"x()\">", "<a href=\"javascript:x()\">", "<div th:utext=\"${x}\">");
    }
}
