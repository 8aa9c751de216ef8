package org.tumorboard.navigator.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import org.tumorboard.navigator.intake.StrictJson;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code literature.yaml} (required) and {@code trials.yaml} (optional) from a rules directory, strictly:
 * an unknown key is an error, so a typo cannot silently drop a fact.
 */
public final class LiteratureLoader {

    public static final String CATALOGUE = "literature.yaml";
    public static final String TRIALS = "trials.yaml";

    private static final YAMLMapper YAML = StrictJson.yaml();

    /** The shape of literature.yaml. */
    record CatalogueFile(Source review, Source news, List<Claim> claims, List<LiteratureTable> tables,
                         List<Reference> references) {
    }

    /** The shape of trials.yaml. */
    record TrialsFile(String source, List<Trial> trials) {
    }

    private LiteratureLoader() {
    }

    /** The catalogue, or null with problems added. */
    public static Literature load(Path dir, List<String> problems) {
        int before = problems.size();
        CatalogueFile catalogue = read(dir.resolve(CATALOGUE), CatalogueFile.class, problems);
        TrialsFile trials = Files.exists(dir.resolve(TRIALS))
                ? read(dir.resolve(TRIALS), TrialsFile.class, problems)
                : new TrialsFile(null, List.of());
        if (catalogue == null || trials == null) {
            return null;
        }
        if (catalogue.review() == null) {
            problems.add(CATALOGUE + ": missing 'review' (the primary source)");
        }
        List<Reference> references = orEmpty(catalogue.references());
        List<LiteratureTable> tables = orEmpty(catalogue.tables());
        Set<Integer> refs = new HashSet<>();
        for (Reference r : references) {
            if (!refs.add(r.ref())) {
                problems.add(CATALOGUE + ": reference " + r.ref() + " has more than one entry");
            }
            if (r.table() != null && tables.stream().noneMatch(t -> t.number() == r.table())) {
                problems.add(CATALOGUE + ": reference " + r.ref() + " names table " + r.table() + ", which 'tables' does not describe");
            }
            if (r.summary() == null || r.summary().isBlank()) {
                problems.add(CATALOGUE + ": reference " + r.ref() + " has no summary of what the review says of it");
            }
        }
        for (Claim claim : orEmpty(catalogue.claims())) {
            if (claim.saidBy() == null || claim.saidBy().isBlank()) {
                problems.add(CATALOGUE + ": the news claim \"" + claim.claim() + "\" names no speaker (saidBy)");
            }
            claim.refs().stream().filter(ref -> !refs.contains(ref)).forEach(ref ->
                    problems.add(CATALOGUE + ": a news claim cites " + ref + ", which has no entry"));
        }
        Set<String> ncts = new HashSet<>();
        for (Trial t : orEmpty(trials.trials())) {
            if (t.nct() == null || !t.nct().matches("NCT\\d{8}")) {
                problems.add(TRIALS + ": '" + t.nct() + "' is not an NCT number");
            } else if (!ncts.add(t.nct())) {
                problems.add(TRIALS + ": " + t.nct() + " is listed twice");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Literature(catalogue.review(), catalogue.news(), orEmpty(catalogue.claims()), tables, references,
                orEmpty(trials.trials()));
    }

    private static <T> T read(Path file, Class<T> type, List<String> problems) {
        if (!Files.exists(file)) {
            problems.add(file.getFileName() + ": missing (the literature catalogue is part of the rule set)");
            return null;
        }
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            problems.add(file.getFileName() + ":" + StrictJson.describe(e, StrictJson.keyLines(YAML, file.toFile())));
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
