package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.catalogue.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A server-rendered SVG chart of reported median overall survival per study, grouped (e.g. by treatment): one row
 * and one circle per study that reports a median, the circle's <em>area</em> proportional to its number of
 * patients. Studies without a median get no circle (the page lists them as such). Every text in the output is
 * XML-escaped, so the SVG can be inlined into a page as trusted markup.
 */
public final class SurvivalChart {

    /** A group of studies drawn under one heading. */
    public record Group(String key, String label, List<Reference> studies) {

        public Group {
            studies = List.copyOf(studies);
        }
    }

    /** The chart's texts (from the messages): its title and description for assistive technology, axis, legend. */
    public record Labels(String title, String description, String axis, String legend) {
    }

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 250;
    static final int PLOT_LEFT = LABEL_WIDTH + 20;
    static final int PLOT_RIGHT = WIDTH - 40;
    static final int TOP = 30;
    static final int ROW = 28;
    static final int GROUP_HEADER = 26;
    static final int AXIS = 46;
    /** Radius of the circle of the largest study; smaller studies scale by the square root of their size. */
    static final double MAX_RADIUS = 12.5;
    static final double MIN_RADIUS = 2.5;
    /** Radius where a study reports no patient number (drawn hollow). */
    static final double UNKNOWN_RADIUS = 4;

    private static final String[] COLOURS = {"#0b4f9c", "#8a1c1c", "#0f5a32", "#6b4a00", "#5b2a86", "#1d5e6e",
        "#7a2e5a", "#3d4a1f", "#2f3e5c", "#7a3b00"};

    private SurvivalChart() {
    }

    /** The studies of the groups that report a median, i.e. those that get a circle. */
    public static List<Reference> plotted(List<Group> groups) {
        return groups.stream().flatMap(g -> g.studies().stream()).filter(r -> r.medianOsMonths() != null).toList();
    }

    /** The chart as an {@code <svg>} element. */
    public static String svg(List<Group> groups, Labels labels) {
        List<Group> drawn = groups.stream()
                .map(g -> new Group(g.key(), g.label(), g.studies().stream()
                        .filter(r -> r.medianOsMonths() != null)
                        .sorted(Comparator.comparing(Reference::medianOsMonths).reversed()
                                .thenComparingInt(Reference::ref))
                        .toList()))
                .filter(g -> !g.studies().isEmpty())
                .toList();
        List<Reference> studies = drawn.stream().flatMap(g -> g.studies().stream()).toList();
        double maxMonths = studies.stream().mapToDouble(Reference::medianOsMonths).max().orElse(0);
        int step = maxMonths > 48 ? 12 : 6;
        int domain = Math.max(12, (int) Math.ceil(maxMonths / step) * step);
        int maxPatients = studies.stream().filter(r -> r.patients() != null).mapToInt(Reference::patients).max().orElse(1);
        int height = TOP + drawn.size() * GROUP_HEADER + studies.size() * ROW + AXIS;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"survival-chart\" role=\"img\"")
                .append(" aria-labelledby=\"chart-title chart-desc\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\"")
                .append(" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\"")
                .append(" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"chart-title\">").append(escape(labels.title())).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(labels.description())).append("</desc>\n");
        svg.append("<text class=\"legend\" x=\"").append(PLOT_RIGHT).append("\" y=\"12\" text-anchor=\"end\" fill=\"#4a4a4a\">")
                .append(escape(labels.legend())).append("</text>\n");
        int plotBottom = height - AXIS;
        // grid and axis
        svg.append("<g class=\"axis\" stroke=\"#c9d1d9\">\n");
        for (int m = 0; m <= domain; m += step) {
            double x = x(m, domain);
            svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
                    .append(fmt(x)).append("\" y2=\"").append(plotBottom).append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"ticks\" fill=\"#1a1a1a\" text-anchor=\"middle\">\n");
        for (int m = 0; m <= domain; m += step) {
            svg.append("<text x=\"").append(fmt(x(m, domain))).append("\" y=\"").append(plotBottom + 16).append("\">")
                    .append(m).append("</text>\n");
        }
        svg.append("<text x=\"").append(fmt((PLOT_LEFT + PLOT_RIGHT) / 2.0)).append("\" y=\"").append(plotBottom + 36)
                .append("\">").append(escape(labels.axis())).append("</text>\n</g>\n");

        int y = TOP;
        int groupIndex = 0;
        for (Group group : drawn) {
            String colour = COLOURS[groupIndex++ % COLOURS.length];
            svg.append("<g class=\"group\" data-group=\"").append(escape(group.key())).append("\">\n");
            svg.append("<text class=\"group-label\" x=\"0\" y=\"").append(y + 17).append("\" font-weight=\"700\" fill=\"")
                    .append(colour).append("\">").append(escape(group.label())).append("</text>\n");
            y += GROUP_HEADER;
            for (Reference study : group.studies()) {
                double cy = y + ROW / 2.0;
                double cx = x(study.medianOsMonths(), domain);
                double r = radius(study.patients(), maxPatients);
                String name = study.shortName() + (study.firstAuthor() == null ? "" : " [" + study.ref() + "]");
                svg.append("<text class=\"study-label\" x=\"8\" y=\"").append(fmt(cy + 4)).append("\" fill=\"#1a1a1a\">")
                        .append(escape(truncate(name, 38))).append("</text>\n");
                svg.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(fmt(cy)).append("\" x2=\"")
                        .append(fmt(cx)).append("\" y2=\"").append(fmt(cy)).append("\" stroke=\"#e1e6eb\"/>\n");
                svg.append("<circle class=\"marker\" data-ref=\"").append(study.ref()).append("\" cx=\"").append(fmt(cx))
                        .append("\" cy=\"").append(fmt(cy)).append("\" r=\"").append(fmt(r)).append("\"");
                if (study.patients() == null) {
                    svg.append(" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\" stroke-dasharray=\"2 2\"");
                } else {
                    svg.append(" fill=\"").append(colour).append("\" fill-opacity=\"0.55\" stroke=\"").append(colour)
                            .append("\" stroke-width=\"1.5\"");
                }
                svg.append("><title>").append(escape(tooltip(study))).append("</title></circle>\n");
                svg.append("<text class=\"value\" x=\"").append(fmt(cx + r + 4)).append("\" y=\"").append(fmt(cy + 4))
                        .append("\" fill=\"#1a1a1a\">").append(escape(number(study.medianOsMonths()))).append("</text>\n");
                y += ROW;
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static double x(double months, int domain) {
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * months / domain;
    }

    /** Area proportional to patients: r = MAX_RADIUS * sqrt(patients / largest), never below MIN_RADIUS. */
    static double radius(Integer patients, int maxPatients) {
        if (patients == null) {
            return UNKNOWN_RADIUS;
        }
        return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) patients / Math.max(1, maxPatients)));
    }

    private static String tooltip(Reference study) {
        List<String> parts = new ArrayList<>();
        parts.add(study.shortName() + " (ref. " + study.ref() + ")");
        parts.add("median OS " + number(study.medianOsMonths()) + " months");
        parts.add(study.patients() == null ? "number of patients not reported" : study.patients() + " patients");
        if (study.design() != null) {
            parts.add(study.design());
        }
        return String.join("; ", parts);
    }

    private static String number(double value) {
        return org.tumorboard.navigator.intake.Numbers.plain(value);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** XML escaping of text and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
