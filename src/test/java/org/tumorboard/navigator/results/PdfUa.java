package org.tumorboard.navigator.results;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** The PDF/UA-1 rules a PDF fails, as veraPDF (its greenfield parser, the PDF/UA-1 profile) reports them. */
final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** One line per failed rule ("7.18.5-2 (3x): description @ context"); empty when the PDF is compliant. */
    static List<String> failures(byte[] pdf) throws Exception {
        PDFAFlavour ua = PDFAFlavour.PDFUA_1;
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), ua);
             PDFAValidator validator = foundry.createValidator(ua, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            Map<RuleId, List<TestAssertion>> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(TestAssertion::getRuleId));
            List<String> lines = failed.entrySet().stream().map(e -> e.getKey().getClause() + "-"
                    + e.getKey().getTestNumber() + " (" + e.getValue().size() + "x): " + e.getValue().get(0).getMessage()
                    + " @ " + e.getValue().get(0).getLocation().getContext()).sorted().toList();
            return lines.isEmpty() ? List.of("not compliant, without a failed assertion") : lines;
        }
    }
}
