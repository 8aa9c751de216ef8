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
 * {@code literature}, {@code cdshooks}. {@code system} (start-up, command line, errors) is on top and nothing depends on it.
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
            .layer("System").definedBy(ROOT + "system..")
            .whereLayer("Intake").mayNotAccessAnyLayer()
            .whereLayer("Catalogue").mayOnlyAccessLayers("Intake")
            .whereLayer("Engine").mayOnlyAccessLayers("Intake", "Catalogue")
            .whereLayer("Fhir").mayOnlyAccessLayers("Intake")
            .whereLayer("Web").mayOnlyAccessLayers("Intake")
            .whereLayer("Scenarios").mayOnlyAccessLayers("Intake", "Catalogue", "Engine")
            .whereLayer("Results").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Fhir", "Web")
            .whereLayer("RuleCheck").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Scenarios")
            .whereLayer("RuleBook").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web", "Scenarios")
            .whereLayer("Teaching").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Scenarios", "Results")
            .whereLayer("Literature").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web")
            .whereLayer("CdsHooks").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Fhir", "Web")
            .whereLayer("System").mayNotBeAccessedByAnyLayer();
}
