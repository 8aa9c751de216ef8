package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.catalogue.Reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tumorboard.navigator.catalogue.Modality;

class SurvivalChartTests {

    private static final SurvivalChart.Labels LABELS = new SurvivalChart.Labels("Median OS", "One circle per study",
            "months", "area = patients");

    private static Reference study(int ref, String author, Integer patients, Double median) {
        return new Reference(ref, author, 2020, List.of(Modality.IRE), "Retrospective", patients, "s", median, null,
                null, null);
    }

    private static List<String> circles(String svg) {
        return Pattern.compile("<circle\\b[^>]*>").matcher(svg).results().map(r -> r.group()).toList();
    }

    private static double attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]+)\"").matcher(tag);
        assertThat(m.find()).as(name + " in " + tag).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void oneCirclePerStudyWithAMedianAndNoneForTheOthers() {
        String svg = SurvivalChart.svg(List.of(
                new SurvivalChart.Group("IRE", "IRE", List.of(study(1, "A", 10, 12.0), study(2, "B", 40, null),
                        study(3, "C", 90, 20.0))),
                new SurvivalChart.Group("RFA", "RFA", List.of(study(4, "D", null, null)))), LABELS);
        assertThat(circles(svg)).hasSize(2);
        assertThat(svg).contains("data-ref=\"1\"").contains("data-ref=\"3\"").doesNotContain("data-ref=\"2\"")
                .doesNotContain("data-group=\"RFA\"");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg).contains("role=\"img\"").contains("<title id=\"chart-title\">Median OS</title>");
    }

    @Test
    void circleAreaIsProportionalToPatientsAndPositionToTheMedian() {
        String svg = SurvivalChart.svg(List.of(new SurvivalChart.Group("IRE", "IRE",
                List.of(study(1, "Small", 25, 6.0), study(2, "Large", 100, 24.0)))), LABELS);
        List<String> circles = circles(svg);
        String large = circles.stream().filter(c -> c.contains("data-ref=\"2\"")).findFirst().orElseThrow();
        String small = circles.stream().filter(c -> c.contains("data-ref=\"1\"")).findFirst().orElseThrow();
        double areaRatio = Math.pow(attribute(large, "r"), 2) / Math.pow(attribute(small, "r"), 2);
        assertThat(areaRatio).isCloseTo(4.0, within(0.05));
        double zero = SurvivalChart.PLOT_LEFT;
        assertThat((attribute(large, "cx") - zero) / (attribute(small, "cx") - zero)).isCloseTo(4.0, within(0.05));
    }

    @Test
    void aStudyWithoutAPatientCountIsDrawnHollow() {
        String svg = SurvivalChart.svg(List.of(new SurvivalChart.Group("IRE", "IRE",
                List.of(study(1, "Unknown size", null, 10.0)))), LABELS);
        assertThat(circles(svg)).singleElement().asString().contains("stroke-dasharray").contains("fill=\"#ffffff\"");
        assertThat(svg).contains("number of patients not reported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"/><circle r=\"99\"/>", "A & B's"})
    void everyTextIsEscaped(String evil) {
        String svg = SurvivalChart.svg(List.of(new SurvivalChart.Group(evil, evil, List.of(study(1, evil, 10, 10.0)))),
                new SurvivalChart.Labels(evil, evil, evil, evil));
        assertThat(svg).doesNotContain(evil).contains(SurvivalChart.escape(evil));
        assertThat(circles(svg)).hasSize(1);
    }

    @Test
    void anEmptyChartIsStillAWellFormedSvg() {
        String svg = SurvivalChart.svg(List.of(), LABELS);
        assertThat(circles(svg)).isEmpty();
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains(">months</text>");
    }
}
