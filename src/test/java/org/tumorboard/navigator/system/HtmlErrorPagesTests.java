package org.tumorboard.navigator.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class HtmlErrorPagesTests {

    @ParameterizedTest
    @CsvSource(nullValues = "none", delimiter = '|', value = {
        "/nope | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
        "/rules/X | text/html | true",
        "/nope | */* | false",
        "/nope | none | false",
        "/nope | application/json | false",
        "/nope | text/html;q=0,application/json | false",
        "/api/nope | text/html | false",
        "/cases/evaluation.json | text/html | false"})
    void browsersGetPagesAndEveryoneElseProblemDetails(String path, String accept, boolean page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        assertThat(HtmlErrorPages.wantsPage(request)).isEqualTo(page);
    }
}
