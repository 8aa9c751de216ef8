package org.tumorboard.navigator;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages' direction, drawn bottom to top: the case and its strict reader ({@code intake}) depend on nothing;
 * the literature {@code catalogue} sits on the case, and so does {@code fhir} (FHIR R4 / mCODE resources mapped
 * to the case, through the one reader); the {@code engine} on both; {@code web} holds what every HTTP
 * feature shares; the {@code scenarios} (regression cases and walkthrough material) sit on the engine. The features
 * side by side above them: {@code results}, {@code rulecheck}, {@code rulebook}, {@code teaching},
 * {@code literature}, {@code cdshooks}, and {@code maintenance} (pages for maintainers, on {@code rulecheck}).
 * The review sign-off sits beside them: {@code audit} (the append-only log) depends on nothing; {@code accounts} on it; {@code signoff} (fingerprints' reviews, status, dashboard, export) on the
 * engine and the log, and {@code rulebook} shows its state; {@code reload} runs {@code rulecheck} on a candidate.
 * {@code system} (start-up, command line, errors, security) is on top and nothing depends on it.
 */
@AnalyzeClasses(packages = "org.tumorboard.navigator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String ROOT = "org.tumorboard.navigator.";

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Intake").definedBy(ROOT + "intake..")
            .layer("Catalogue").definedBy(ROOT + "catalogue..")
            .layer("Engine").definedBy(ROOT + "engine..")
            .layer("Fhir").definedBy(ROOT + "fhir..")
            .layer("Web").definedBy(ROOT + "web..")
            .layer("Scenarios").definedBy(ROOT + "scenarios..")
            .layer("Results").definedBy(ROOT + "results..")
            .layer("RuleCheck").definedBy(ROOT + "rulecheck..")
            .layer("RuleBook").definedBy(ROOT + "rulebook..")
            .layer("Teaching").definedBy(ROOT + "teaching..")
            .layer("Literature").definedBy(ROOT + "literature..")
            .layer("CdsHooks").definedBy(ROOT + "cdshooks..")
            .layer("Audit").definedBy(ROOT + "audit..")
            .layer("Accounts").definedBy(ROOT + "accounts..")
            .layer("SignOff").definedBy(ROOT + "signoff..")
            .layer("Reload").definedBy(ROOT + "reload..")
            .layer("Maintenance").definedBy(ROOT + "maintenance..")
            .layer("System").definedBy(ROOT + "system..")
            .whereLayer("Intake").mayNotAccessAnyLayer()
            .whereLayer("Catalogue").mayOnlyAccessLayers("Intake")
            .whereLayer("Engine").mayOnlyAccessLayers("Intake", "Catalogue")
            .whereLayer("Fhir").mayOnlyAccessLayers("Intake")
            .whereLayer("Web").mayOnlyAccessLayers("Intake")
            .whereLayer("Scenarios").mayOnlyAccessLayers("Intake", "Catalogue", "Engine")
            .whereLayer("Results").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Fhir", "Web")
            .whereLayer("RuleCheck").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Scenarios")
            .whereLayer("RuleBook").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web", "Scenarios", "SignOff")
            .whereLayer("Teaching").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Scenarios", "Results")
            .whereLayer("Literature").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web")
            .whereLayer("CdsHooks").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Fhir", "Web")
            .whereLayer("Audit").mayNotAccessAnyLayer()
            .whereLayer("Accounts").mayOnlyAccessLayers("Audit")
            .whereLayer("SignOff").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web", "Audit")
            .whereLayer("Reload").mayOnlyAccessLayers("Intake", "Engine", "Scenarios", "RuleCheck", "Web", "Audit")
            .whereLayer("Maintenance").mayOnlyAccessLayers("Intake", "Engine", "RuleCheck")
            .whereLayer("System").mayNotBeAccessedByAnyLayer();
}
