package org.tumorboard.navigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemsTests {

    @ParameterizedTest
    @CsvSource(nullValues = "none", delimiter = '|', value = {
        "/nope | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
        "/rules/X | text/html | true",
        "/nope | */* | false",
        "/nope | none | false",
        "/nope | application/json | false",
        "/nope | text/html;q=0,application/json | false",
        "/api/nope | text/html | false",
        "/cases/evaluation.json | text/html | false",
        "/nope | text/html;q=abc | false",
        "/nope | / | false",
        "/nope | 'text/html;charset=\"' | false"})
    void browsersGetPagesAndEveryoneElseProblemDetails(String path, String accept, boolean page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        assertThat(Problems.wantsPage(request)).isEqualTo(page);
    }
}
