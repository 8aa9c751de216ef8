package org.tumorboard.navigator.intake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as the query string of the case form ({@code stage=LOCALLY_ADVANCED&pacemaker=YES&tumorSizeCm=4}), so a
 * result is a bookmarkable address and nothing is stored. Unknown facts are left out; yes/no facts use the form's
 * {@link Answer} names; parameters follow the case model's order.
 */
public final class CaseQuery {

    /** The result page of a case. */
    public static final String RESULT_PATH = "/cases/evaluation";
    /** The same evaluation as JSON. */
    public static final String JSON_PATH = "/cases/evaluation.json";
    /** The case form. */
    public static final String FORM_PATH = "/cases/new";

    private CaseQuery() {
    }

    /** The query string (without {@code ?}) for a case, URL-encoded. */
    public static String of(CaseFacts facts) {
        List<String> parts = new ArrayList<>();
        for (CaseField field : CaseField.all()) {
            Object value = field.valueOf(facts);
            if (value != null) {
                parts.add(field.name() + "=" + encode(format(value)));
            }
        }
        return String.join("&", parts);
    }

    public static String resultUrl(CaseFacts facts) {
        return withQuery(RESULT_PATH, facts);
    }

    public static String jsonUrl(CaseFacts facts) {
        return withQuery(JSON_PATH, facts);
    }

    public static String formUrl(CaseFacts facts) {
        return withQuery(FORM_PATH, facts);
    }

    private static String withQuery(String path, CaseFacts facts) {
        String query = of(facts);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Percent-encoding of a query value; a space is {@code %20}, which every decoder reads the same way. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value as the form shows and submits it: booleans as YES/NO, numbers without trailing zeros. */
    public static String format(Object value) {
        if (value instanceof Boolean b) {
            return Answer.of(b).name();
        }
        if (value instanceof Double d) {
            return Numbers.plain(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }

}
