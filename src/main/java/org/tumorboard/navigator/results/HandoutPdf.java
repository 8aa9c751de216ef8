package org.tumorboard.navigator.results;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.thymeleaf.ITemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.RuleSet;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.CaseQuery;

/**
 * The one-case handout as a PDF: the {@code cases/handout} template (XHTML, with its own paged-media stylesheet
 * {@code /css/handout.css}: the disclaimer as a running header on every page, the rule-set version, the date and
 * the page number as a running footer) rendered server-side by openhtmltopdf as tagged PDF/UA-1. The case-specific
 * considerations come first and in full, the stage background as a one-line index with citation keys, then the
 * trials and the result's absolute address with its QR code.
 */
final class HandoutPdf {

    static final String TEMPLATE = "cases/handout";
    static final String PATH = "/cases/evaluation.pdf";

    /** The family the handout's stylesheet names; the embedded DejaVu Sans (PDF/UA needs every font embedded). */
    private static final String FONT = "Handout Sans";

    /** The scheme under which the handout loads its stylesheet from the app's static files, and nothing else. */
    private static final String CLASSPATH = "classpath";

    private HandoutPdf() {
    }

    /** A file under the app's static files, for {@code classpath:/static/…} addresses. */
    private static FSStream staticFile(String uri) {
        ClassPathResource resource = new ClassPathResource(uri.substring((CLASSPATH + ":/").length()));
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    return resource.getInputStream();
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    static String url(CaseFacts facts) {
        String query = CaseQuery.of(facts);
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    /** The handout's XHTML, as the template renders it (in the request's web context, for its links). */
    static String html(ITemplateEngine templates, Evaluation evaluation, RuleSet ruleSet, String absoluteResultUrl,
                       LocalDate date, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        CaseFacts facts = evaluation.caseFacts();
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale, Map.of(
                "label", facts.label() == null ? "" : facts.label(),
                "caseBlock", CaseBlock.of(facts, List.of()),
                "evaluation", EvaluationView.of(evaluation, ruleSet),
                "date", date.toString(),
                "resultUrl", absoluteResultUrl,
                "qrCode", QrCode.dataUri(absoluteResultUrl)));
        return templates.process(TEMPLATE, context);
    }

    /**
     * The PDF of an evaluation's handout, dated {@code date}: tagged PDF/UA-1 (structure from the markup, title and
     * language from the template, the running header and footer as artifacts) with its fonts embedded.
     */
    static byte[] render(ITemplateEngine templates, Evaluation evaluation, RuleSet ruleSet, String absoluteResultUrl,
                         LocalDate date, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String html = html(templates, evaluation, ruleSet, absoluteResultUrl, date, locale, request, response);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useProtocolsStreamImplementation(HandoutPdf::staticFile, CLASSPATH);
        builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith(CLASSPATH + ":/static/")
                || uri.startsWith("data:image/png;base64,"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(html, CLASSPATH + ":/static/");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the handout", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = HandoutPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("the handout font " + file + " is missing from the classpath");
        }
        return in;
    }
}
