package org.tumorboard.navigator.literature;

import org.tumorboard.navigator.catalogue.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The survival chart's view model: reported median overall survival per study, grouped (e.g. by treatment), one row
 * and one circle per study that reports a median, the circle's <em>area</em> proportional to its number of
 * patients. Studies without a median get no circle (the page lists them as such). The template
 * {@code fragments/chart.html} draws it as SVG elements; every coordinate here is already formatted, every text is
 * left to Thymeleaf to escape.
 *
 * @param width  the SVG's width
 * @param height the SVG's height
 * @param labels the texts
 * @param legendX where the legend ends (it is right-aligned)
 * @param gridTop where the grid lines start
 * @param plotBottom where the grid lines end
 * @param ticks the month ticks along the axis, each with its grid line
 * @param tickY the baseline of the tick labels
 * @param axisX the centre of the axis label
 * @param axisY the baseline of the axis label
 * @param groups the groups that have at least one study with a median, in the order given
 */
public record SurvivalChart(int width, int height, Labels labels, int legendX, int gridTop, int plotBottom,
                            List<Tick> ticks, int tickY, String axisX, int axisY, List<GroupView> groups) {

    public SurvivalChart {
        ticks = List.copyOf(ticks);
        groups = List.copyOf(groups);
    }

    /** A group of studies drawn under one heading. */
    public record Group(String key, String label, List<Reference> studies) {

        public Group {
            studies = List.copyOf(studies);
        }
    }

    /** The chart's texts (from the messages): its title and description for assistive technology, axis, legend. */
    public record Labels(String title, String description, String axis, String legend) {
    }

    /** A month on the axis: its label and its x. */
    public record Tick(int months, String x) {
    }

    /** A group as drawn: its heading's baseline and colour, and its studies' markers. */
    public record GroupView(String key, String label, String colour, int labelY, List<Marker> markers) {

        public GroupView {
            markers = List.copyOf(markers);
        }
    }

    /**
     * One study's row: its label, a line from the axis to the circle, the circle (hollow where the study reports no
     * patient number) with a tooltip, and the median printed beside it.
     */
    public record Marker(int ref, String label, String labelY, int lineX, String cx, String cy, String r,
                         boolean hollow, String tooltip, String value, String valueX) {
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

    /** The studies of the groups that report a median, i.e. those that get a circle. */
    public static List<Reference> plotted(List<Group> groups) {
        return groups.stream().flatMap(g -> g.studies().stream()).filter(r -> r.medianOsMonths() != null).toList();
    }

    /** The chart of these groups: within a group, studies by median, longest first (then by reference number). */
    public static SurvivalChart of(List<Group> groups, Labels labels) {
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
        int plotBottom = height - AXIS;

        List<Tick> ticks = new ArrayList<>();
        for (int m = 0; m <= domain; m += step) {
            ticks.add(new Tick(m, fmt(x(m, domain))));
        }
        List<GroupView> views = new ArrayList<>();
        int y = TOP;
        for (Group group : drawn) {
            String colour = COLOURS[views.size() % COLOURS.length];
            int labelY = y + 17;
            y += GROUP_HEADER;
            List<Marker> markers = new ArrayList<>();
            for (Reference study : group.studies()) {
                double cy = y + ROW / 2.0;
                double cx = x(study.medianOsMonths(), domain);
                double r = radius(study.patients(), maxPatients);
                String name = study.shortName() + (study.firstAuthor() == null ? "" : " [" + study.ref() + "]");
                markers.add(new Marker(study.ref(), truncate(name, 38), fmt(cy + 4), PLOT_LEFT, fmt(cx), fmt(cy),
                        fmt(r), study.patients() == null, tooltip(study), number(study.medianOsMonths()),
                        fmt(cx + r + 4)));
                y += ROW;
            }
            views.add(new GroupView(group.key(), group.label(), colour, labelY, markers));
        }
        return new SurvivalChart(WIDTH, height, labels, PLOT_RIGHT, TOP - 6, plotBottom, ticks, plotBottom + 16,
                fmt((PLOT_LEFT + PLOT_RIGHT) / 2.0), plotBottom + 36, views);
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
        if (study.patients() != null) {
            parts.add(study.patients() + " patients");
        } else {
            parts.add(study.patientsAsPrinted() == null ? "number of patients not reported"
                    : "patients: " + study.patientsAsPrinted() + " (as printed)");
        }
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
}
