package org.tumorboard.navigator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text door (query strings and the form) of the one strict reading of a case. */
class QueryTextTests {

    private final CaseReader reader = CaseReader.withDefaultValidator();

    /** Parameters from {@code name=value} pairs, already decoded, in order; a name may repeat. */
    static Map<String, List<String>> parameters(String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            parameters.computeIfAbsent(pair.substring(0, eq), k -> new java.util.ArrayList<>()).add(pair.substring(eq + 1));
        }
        return parameters;
    }

    private List<FieldProblem> problems(String... pairs) {
        try {
            reader.read(parameters(pairs));
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + String.join("&", pairs));
    }

    @Test
    void readsTheSameCaseAsTheJsonDoor() throws Exception {
        CaseFacts facts = reader.read(parameters("label= Teaching case 1 ", "stage=METASTATIC", "age=64",
                "tumorSizeCm=3.50", "pacemaker=YES", "metalBiliaryStent=NO", "surgicalClips=UNKNOWN",
                "liverLesionCount=2", "tumorLocation=HEAD", "ca199=-0", "tumorDifferentiation="));
        assertThat(facts).isEqualTo(reader.read("""
                {"label": " Teaching case 1 ", "stage": "METASTATIC", "age": 64, "tumorSizeCm": 3.5, "pacemaker": true,
                 "metalBiliaryStent": false, "liverLesionCount": 2, "tumorLocation": "HEAD", "ca199": 0}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(facts.surgicalClips()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            age=0x20               | age               | whole number (digits only)
            age=#45                | age               | whole number (digits only)
            age=٦٤                 | age               | whole number (digits only)
            age=６４               | age               | whole number (digits only)
            age=+64                | age               | whole number (digits only)
            age=64.0               | age               | whole number (digits only)
            age=' 64'              | age               | whole number (digits only)
            age=1e2                | age               | whole number (digits only)
            age=2147483648         | age               | a whole number of years from 18 to 100
            tumorSizeCm=0x1p3      | tumorSizeCm       | with a point for decimals
            tumorSizeCm=4,5        | tumorSizeCm       | with a point for decimals
            tumorSizeCm=.5         | tumorSizeCm       | with a point for decimals
            tumorSizeCm=5.         | tumorSizeCm       | with a point for decimals
            tumorSizeCm=NaN        | tumorSizeCm       | with a point for decimals
            tumorSizeCm=Infinity   | tumorSizeCm       | with a point for decimals
            tumorSizeCm=30         | tumorSizeCm       | from 0.1 to 25
            ca199=8d               | ca199             | with a point for decimals
            ca199=8f               | ca199             | with a point for decimals
            ca199=1e3              | ca199             | with a point for decimals
            pacemaker=true         | pacemaker         | YES, NO or UNKNOWN
            pacemaker=yes          | pacemaker         | YES, NO or UNKNOWN
            pacemaker=' YES'       | pacemaker         | YES, NO or UNKNOWN
            tumorLocation=head     | tumorLocation     | one of HEAD
            tumorLocation='HEAD '  | tumorLocation     | one of HEAD
            pacemker=YES           | pacemker          | unknown parameter
            """)
    void rejectsTextThatIsNotExactlyAValue(String pair, String field, String message) {
        assertThat(problems("stage=LOCALLY_ADVANCED", pair)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest
    @CsvSource({"pacemaker, YES, NO", "label, a, b", "stage, METASTATIC, METASTATIC", "age, 64, 64"})
    void rejectsAParameterGivenMoreThanOnceNamingIt(String name, String first, String second) {
        List<FieldProblem> problems = name.equals("stage")
                ? problems(name + "=" + first, name + "=" + second)
                : problems("stage=METASTATIC", name + "=" + first, name + "=" + second);
        assertThat(problems).filteredOn(p -> p.field().equals(name)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than once"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(problems("stage=X", "pacemker=YES", "age=0x20", "pacemaker=maybe"))
                .extracting(FieldProblem::field).containsExactly("stage", "age", "pacemaker", "pacemker");
    }
}
