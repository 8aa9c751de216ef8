package org.tumorboard.navigator.signoff;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.catalogue.Modality;
import org.tumorboard.navigator.engine.RuleInfo;

/**
 * The review dashboard: counts per status, per treatment and status, and a list of rules in rule-set order: by
 * default those that need attention (not approved), or those with the status asked for; optionally of one treatment.
 *
 * @param byModality per treatment (derivation rules last), the count of each status
 */
public record Dashboard(
        Map<ReviewStatus, Long> byStatus,
        List<ModalityRow> byModality,
        List<Row> rows,
        ReviewStatus statusFilter,
        Modality modalityFilter,
        int approvalsRequired) {

    /** A rule on the dashboard. */
    public record Row(RuleInfo rule, RuleReview review) {

        public String url() {
            return "/rules/" + rule.id();
        }

        public String modalityKey() {
            return rule.modality() == null ? "modality.derived" : "modality." + rule.modality().name();
        }
    }

    /** One treatment's counts; {@code modality} is null for derivation rules. */
    public record ModalityRow(Modality modality, Map<ReviewStatus, Long> counts) {

        public String key() {
            return modality == null ? "modality.derived" : "modality." + modality.name();
        }

        /** The filter value ({@code null} for derivation rules, which cannot be filtered on). */
        public String filter() {
            return modality == null ? null : modality.name();
        }
    }

    public static Dashboard of(List<RuleInfo> rules, Map<String, RuleReview> reviews, ReviewStatus status,
                               Modality modality, int approvalsRequired) {
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        Arrays.stream(ReviewStatus.values()).forEach(s -> byStatus.put(s, 0L));
        Map<Modality, Map<ReviewStatus, Long>> byModality = new LinkedHashMap<>();
        rules.stream().map(RuleInfo::modality).distinct()
                .sorted(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .forEach(m -> {
                    Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
                    Arrays.stream(ReviewStatus.values()).forEach(s -> counts.put(s, 0L));
                    byModality.put(m, counts);
                });
        for (RuleInfo rule : rules) {
            ReviewStatus s = reviews.get(rule.id()).status();
            byStatus.merge(s, 1L, Long::sum);
            byModality.get(rule.modality()).merge(s, 1L, Long::sum);
        }
        List<Row> rows = rules.stream()
                .map(rule -> new Row(rule, reviews.get(rule.id())))
                .filter(row -> status == null ? row.review().needsAttention() : row.review().status() == status)
                .filter(row -> modality == null || row.rule().modality() == modality)
                .toList();
        List<ModalityRow> modalityRows = byModality.entrySet().stream()
                .map(e -> new ModalityRow(e.getKey(), e.getValue())).toList();
        return new Dashboard(byStatus, modalityRows, rows, status, modality, approvalsRequired);
    }

    public List<ReviewStatus> statuses() {
        return List.of(ReviewStatus.values());
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The treatments that can be filtered on. */
    public List<Modality> modalities() {
        return byModality.stream().map(ModalityRow::modality).filter(java.util.Objects::nonNull).toList();
    }
}
