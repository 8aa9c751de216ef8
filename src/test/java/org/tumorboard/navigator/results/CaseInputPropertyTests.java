package org.tumorboard.navigator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.tumorboard.navigator.TumorBoardApplication;
import org.tumorboard.navigator.intake.CaseReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutated valid cases, through the whole application (real rule set, real error handling) by the JSON API and by
 * the JSON twin of the result address: never a server error, never a stack trace or a Java class name in a body,
 * and every 400 names a field for each of its errors. The mutations are drawn from a fixed seed per try, so a
 * failing try is reproduced by its seed (shown in the test's name); tries are kept modest so that the suite stays fast.
 */
class CaseInputPropertyTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|tools|org|com|sun)\\.[a-z]+\\.");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-zA-Z_$][\\w$.]*\\(");
    /** Values of a valid case, as JSON text. */
    private static final Map<String, String> VALID = valid();

    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(TumorBoardApplication.class)
                .contextFactory(ApplicationContextFactory.of(() -> {
                    GenericWebApplicationContext web = new GenericWebApplicationContext();
                    web.setServletContext(new MockServletContext());
                    return web;
                }))
                .properties("spring.main.banner-mode=off")
                .run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    private static Map<String, String> valid() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", "\"Property case\"");
        values.put("stage", "\"METASTATIC\"");
        values.put("age", "64");
        values.put("tumorLocation", "\"HEAD\"");
        values.put("tumorSizeCm", "3.2");
        values.put("pacemaker", "true");
        values.put("metalBiliaryStent", "false");
        values.put("liverMetastases", "true");
        values.put("liverDominantDisease", "true");
        values.put("liverLesionCount", "3");
        values.put("largestLiverLesionCm", "2.5");
        values.put("chemotherapyResponse", "\"PROGRESSION\"");
        values.put("ca199", "959");
        values.put("tumorDifferentiation", "\"WELL\"");
        values.put("neutrophilLymphocyteRatio", "2.7");
        return values;
    }

    /** One change to a case: which kind, at which field, with which replacement. */
    record Mutation(int kind, int field, String replacement, int position) {
    }

    static final int TRIES = 300;

    /** The seed of each try. */
    static LongStream seeds() {
        return LongStream.range(0, TRIES).map(i -> 0x5eed_0000L + i);
    }

    private static final List<String> SPECIAL = List.of("null", "true", "false", "0", "-1", "1e400", "-1e400",
            "1e-400", "2147483648", "-99999999999999999999999", "64.0", "NaN", "Infinity", "\"\"", "\" \"", "[]",
            "{}", "[1]", "{\"a\":1}", "\"YES\"", "\"yes\"", "\"0x20\"", "\"٦٤\"", "\"LOCALLY_ADVANCED \"", "01",
            "\"\\u0000\"", "\"\\ud800\"", "1.5", "\"METASTATIC\"");

    /** One to three changes to a valid case, drawn from {@code seed}. */
    static List<Mutation> mutations(long seed) {
        Random random = new Random(seed);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutations.add(new Mutation(random.nextInt(8), random.nextInt(41), replacement(random),
                    random.nextInt(401)));
        }
        return mutations;
    }

    /** A special value, a JSON string of any characters, raw text, or a huge integer. */
    private static String replacement(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL.get(random.nextInt(SPECIAL.size()));
            case 1 -> "\"" + escape(anyText(random, 12)) + "\"";
            case 2 -> anyText(random, 8);
            default -> new java.math.BigInteger(133, random).subtract(java.math.BigInteger.TEN.pow(40)).toString();
        };
    }

    /** Up to {@code max} characters from anywhere in Unicode's basic plane, surrogate halves included. */
    private static String anyText(Random random, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(max + 1); i < n; i++) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return text.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theJsonApiAnswersEveryMutatedCaseInItsOwnWords(long seed) throws Exception {
        List<Mutation> mutations = mutations(seed);
        Map<String, String> values = new LinkedHashMap<>(VALID);
        List<String> extra = new ArrayList<>();
        byte[] body = null;
        for (Mutation m : mutations) {
            String field = field(m.field());
            switch (m.kind()) {
                case 0 -> values.remove(field);
                case 1 -> extra.add(quote(field) + ":" + m.replacement());
                case 2 -> values.put(field, m.replacement());
                case 3 -> extra.add(quote(m.replacement().replace("\"", "")) + ":true");
                default -> { }
            }
            if (m.kind() >= 4) {
                byte[] text = body == null ? json(values, extra) : body;
                body = bytesMutated(text, m);
            }
        }
        byte[] sent = body == null ? json(values, extra) : body;
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content(sent)).andReturn().getResponse();
        check(response);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theJsonTwinAnswersEveryMutatedQueryInItsOwnWords(long seed) throws Exception {
        List<Mutation> mutations = mutations(seed);
        List<String> pairs = new ArrayList<>();
        VALID.forEach((name, json) -> pairs.add(name + "=" + encode(queryText(json))));
        for (Mutation m : mutations) {
            String field = field(m.field());
            String value = queryText(m.replacement());
            switch (m.kind()) {
                case 0 -> pairs.removeIf(p -> p.startsWith(field + "="));
                case 1 -> pairs.add(field + "=" + encode(value));
                case 2 -> {
                    pairs.removeIf(p -> p.startsWith(field + "="));
                    pairs.add(field + "=" + encode(value));
                }
                case 3 -> pairs.add(encode(value) + "=YES");
                default -> pairs.add(field + "=" + percentBytes(m));
            }
        }
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(
                URI.create("/cases/evaluation.json?" + String.join("&", pairs)))).andReturn().getResponse();
        check(response);
    }

    private static void check(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isLessThan(500);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        if (response.getStatus() == 200) {
            return;
        }
        assertThat(CLASS_NAME.matcher(body).find()).as(body).isFalse();
        assertThat(STACK_FRAME.matcher(body).find()).as(body).isFalse();
        if (response.getStatus() == 400) {
            JsonNode errors = JSON.readTree(body).path("errors");
            assertThat(errors.isArray() && !errors.isEmpty()).as(body).isTrue();
            for (JsonNode error : errors) {
                // the field as it was given: a case field, "body", or the exact (possibly blank) unknown name
                assertThat(error.path("field").isString()).as(body).isTrue();
                assertThat(error.path("message").asString("")).as(body).isNotBlank();
            }
        }
    }

    private static String field(int index) {
        List<String> names = CaseReader.fieldNames();
        return index < names.size() ? names.get(index) : "unknownField" + index;
    }

    private static byte[] json(Map<String, String> values, List<String> extra) {
        List<String> members = new ArrayList<>();
        values.forEach((name, value) -> members.add(quote(name) + ":" + value));
        members.addAll(extra);
        return ("{" + String.join(",", members) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** Random bytes put in, or the text cut short, at a position. */
    private static byte[] bytesMutated(byte[] text, Mutation m) {
        int at = Math.min(m.position(), text.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        if (m.kind() == 4) {
            return out.toByteArray();
        }
        byte[] noise = m.replacement().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < noise.length; i++) {
            out.write(m.kind() == 5 ? noise[i] ^ (m.position() * 31 + i) : noise[i]);
        }
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static String percentBytes(Mutation m) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 1 + m.position() % 4; i++) {
            out.append(String.format("%%%02X", (m.position() * 37 + i * 101) & 0xFF));
        }
        return out.toString();
    }

    private static String queryText(String json) {
        String text = json.startsWith("\"") && json.endsWith("\"") && json.length() >= 2
                ? json.substring(1, json.length() - 1) : json;
        return text.equals("true") ? "YES" : text.equals("false") ? "NO" : text;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String name) {
        return "\"" + escape(name) + "\"";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
