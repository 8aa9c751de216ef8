package org.tumorboard.navigator.literature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.catalogue.Reference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chart's model, and the SVG that {@code fragments/chart.html} draws from it, parsed as XML. */
class SurvivalChartTests {

    private static final SurvivalChart.Labels LABELS = new SurvivalChart.Labels("Median OS", "One circle per study",
            "months", "area = patients");

    private static Reference study(int ref, String author, Integer patients, Double median) {
        return new Reference(ref, author, 2020, List.of(Modality.IRE), "Retrospective", patients, null, "s", median, null,
                null, null);
    }

    private static List<SurvivalChart.Marker> markers(SurvivalChart chart) {
        return chart.groups().stream().flatMap(g -> g.markers().stream()).toList();
    }

    private static SurvivalChart.Marker marker(SurvivalChart chart, int ref) {
        return markers(chart).stream().filter(m -> m.ref() == ref).findFirst().orElseThrow();
    }

    /** The chart as the page draws it: the fragment rendered by Thymeleaf, parsed as an XML document. */
    static Document render(SurvivalChart chart) throws Exception {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("chart", chart);
        String svg = engine.process(new TemplateSpec("fragments/chart", Set.of("survival"), TemplateMode.HTML, null),
                context);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.strip())));
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void oneCirclePerStudyWithAMedianAndNoneForTheOthers() throws Exception {
        SurvivalChart chart = SurvivalChart.of(List.of(
                new SurvivalChart.Group("IRE", "IRE", List.of(study(1, "A", 10, 12.0), study(2, "B", 40, null),
                        study(3, "C", 90, 20.0))),
                new SurvivalChart.Group("RFA", "RFA", List.of(study(4, "D", null, null)))), LABELS);
        assertThat(chart.groups()).extracting(SurvivalChart.GroupView::key).containsExactly("IRE");
        assertThat(markers(chart)).extracting(SurvivalChart.Marker::ref).containsExactly(3, 1);

        Document svg = render(chart);
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + chart.width() + " " + chart.height());
        assertThat(elements(svg, "circle")).extracting(c -> c.getAttribute("data-ref")).containsExactly("3", "1");
        assertThat(elements(svg, "g")).extracting(g -> g.getAttribute("data-group")).contains("IRE")
                .doesNotContain("RFA");
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Median OS");
    }

    @Test
    void circleAreaIsProportionalToPatientsAndPositionToTheMedian() throws Exception {
        SurvivalChart chart = SurvivalChart.of(List.of(new SurvivalChart.Group("IRE", "IRE",
                List.of(study(1, "Small", 25, 6.0), study(2, "Large", 100, 24.0)))), LABELS);
        SurvivalChart.Marker large = marker(chart, 2);
        SurvivalChart.Marker small = marker(chart, 1);
        double areaRatio = Math.pow(Double.parseDouble(large.r()), 2) / Math.pow(Double.parseDouble(small.r()), 2);
        assertThat(areaRatio).isCloseTo(4.0, within(0.05));
        double zero = SurvivalChart.PLOT_LEFT;
        assertThat((Double.parseDouble(large.cx()) - zero) / (Double.parseDouble(small.cx()) - zero))
                .isCloseTo(4.0, within(0.05));
        List<Element> circles = elements(render(chart), "circle");
        assertThat(circles).extracting(c -> c.getAttribute("r")).containsExactly(large.r(), small.r());
        assertThat(circles).extracting(c -> c.getAttribute("cx")).containsExactly(large.cx(), small.cx());
    }

    @Test
    void aStudyWithoutAPatientCountIsDrawnHollow() throws Exception {
        SurvivalChart chart = SurvivalChart.of(List.of(new SurvivalChart.Group("IRE", "IRE",
                List.of(study(1, "Unknown size", null, 10.0), study(2, "Known", 10, 8.0)))), LABELS);
        assertThat(markers(chart)).extracting(SurvivalChart.Marker::hollow).containsExactly(true, false);
        assertThat(marker(chart, 1).tooltip()).contains("number of patients not reported");
        List<Element> circles = elements(render(chart), "circle");
        assertThat(circles.get(0).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(circles.get(0).getAttribute("stroke-dasharray")).isEqualTo("2 2");
        assertThat(circles.get(1).getAttribute("fill")).isNotEqualTo("#ffffff");
        assertThat(circles.get(1).hasAttribute("stroke-dasharray")).isFalse();
        assertThat(circles.get(0).getTextContent()).isEqualTo(marker(chart, 1).tooltip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"/><circle r=\"99\"/>", "A & B's"})
    void everyTextArrivesAsTextNeverAsMarkup(String evil) throws Exception {
        SurvivalChart chart = SurvivalChart.of(List.of(new SurvivalChart.Group(evil, evil,
                List.of(study(1, evil, 10, 10.0)))), new SurvivalChart.Labels(evil, evil, evil, evil));
        Document svg = render(chart);
        assertThat(elements(svg, "circle")).hasSize(1);
        assertThat(elements(svg, "script")).isEmpty();
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo(evil);
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains(evil, marker(chart, 1).label());
        assertThat(marker(chart, 1).label()).startsWith(evil.substring(0, 1));
        assertThat(elements(svg, "g")).extracting(g -> g.getAttribute("data-group")).contains(evil);
    }

    @Test
    void anEmptyChartIsStillAWellFormedSvgWithItsAxis() throws Exception {
        SurvivalChart chart = SurvivalChart.of(List.of(), LABELS);
        assertThat(chart.groups()).isEmpty();
        assertThat(chart.ticks()).extracting(SurvivalChart.Tick::months).containsExactly(0, 6, 12);
        Document svg = render(chart);
        assertThat(elements(svg, "circle")).isEmpty();
        assertThat(elements(svg, "text")).extracting(Element::getTextContent).contains("months", "0", "6", "12");
    }
}
