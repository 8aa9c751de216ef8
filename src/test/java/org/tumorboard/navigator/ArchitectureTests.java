package org.tumorboard.navigator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages' direction, drawn bottom to top (README, "Layout", and docs):
 * <ul>
 *   <li>the case and its strict reader ({@code intake}), the append-only {@code audit} log, the one {@code diff} and
 *   the embedded database's {@code storage} depend on nothing;</li>
 *   <li>the literature {@code catalogue}, {@code fhir} (FHIR R4 / mCODE mapped to the case) and {@code conditions}
 *   (rule conditions and what a case's match rests on) sit on the case;</li>
 *   <li>{@code drools}, the adapter to Drools, on the conditions: the only package that may use Drools;</li>
 *   <li>the {@code engine} (rule sets, evaluation, considerations) on the adapter and the catalogue;</li>
 *   <li>{@code accounts} on the log; {@code web} (problem details, errors, security, serving, the OpenAPI
 *   description) on the engine and the accounts; the {@code scenarios} on the engine;</li>
 *   <li>the features side by side above them, each using only what is below it;</li>
 *   <li>the {@code commandline} on top of them, and the application and its start-up wiring (this package) on
 *   top of everything: nothing depends on either.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.tumorboard.navigator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String ROOT = "org.tumorboard.navigator";

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheAdapterUsesDrools = noClasses().that().resideOutsideOfPackage(ROOT + ".drools..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("a Drools upgrade should touch the adapter alone");

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Intake").definedBy(ROOT + ".intake..")
            .layer("Audit").definedBy(ROOT + ".audit..")
            .layer("Catalogue").definedBy(ROOT + ".catalogue..")
            .layer("Fhir").definedBy(ROOT + ".fhir..")
            .layer("Conditions").definedBy(ROOT + ".conditions..")
            .layer("Diff").definedBy(ROOT + ".diff..")
            .layer("Storage").definedBy(ROOT + ".storage..")
            .layer("Drools").definedBy(ROOT + ".drools..")
            .layer("Engine").definedBy(ROOT + ".engine..")
            .layer("Accounts").definedBy(ROOT + ".accounts..")
            .layer("Web").definedBy(ROOT + ".web..")
            .layer("Scenarios").definedBy(ROOT + ".scenarios..")
            .layer("Results").definedBy(ROOT + ".results..")
            .layer("RuleCheck").definedBy(ROOT + ".rulecheck..")
            .layer("SignOff").definedBy(ROOT + ".signoff..")
            .layer("RuleBook").definedBy(ROOT + ".rulebook..")
            .layer("Teaching").definedBy(ROOT + ".teaching..")
            .layer("Literature").definedBy(ROOT + ".literature..")
            .layer("CdsHooks").definedBy(ROOT + ".cdshooks..")
            .layer("Reload").definedBy(ROOT + ".reload..")
            .layer("Maintenance").definedBy(ROOT + ".maintenance..")
            .layer("CommandLine").definedBy(ROOT + ".commandline..")
            .layer("Application").definedBy(ROOT)
            .whereLayer("Intake").mayNotAccessAnyLayer()
            .whereLayer("Audit").mayNotAccessAnyLayer()
            .whereLayer("Catalogue").mayOnlyAccessLayers("Intake")
            .whereLayer("Fhir").mayOnlyAccessLayers("Intake")
            .whereLayer("Conditions").mayOnlyAccessLayers("Intake")
            .whereLayer("Diff").mayNotAccessAnyLayer()
            .whereLayer("Storage").mayNotAccessAnyLayer()
            .whereLayer("Drools").mayOnlyAccessLayers("Intake", "Conditions")
            .whereLayer("Engine").mayOnlyAccessLayers("Intake", "Catalogue", "Conditions", "Drools")
            .whereLayer("Accounts").mayOnlyAccessLayers("Audit")
            .whereLayer("Web").mayOnlyAccessLayers("Intake", "Catalogue", "Conditions", "Engine", "Accounts", "Storage")
            .whereLayer("Scenarios").mayOnlyAccessLayers("Intake", "Catalogue", "Engine")
            .whereLayer("Results").mayOnlyAccessLayers("Intake", "Catalogue", "Conditions", "Engine", "Fhir", "Web",
                    "Scenarios")
            .whereLayer("RuleCheck").mayOnlyAccessLayers("Intake", "Catalogue", "Conditions", "Diff", "Engine",
                    "Scenarios")
            .whereLayer("SignOff").mayOnlyAccessLayers("Intake", "Catalogue", "Diff", "Engine", "Web", "Audit")
            .whereLayer("RuleBook").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web", "Scenarios", "SignOff")
            .whereLayer("Teaching").mayOnlyAccessLayers("Intake", "Catalogue", "Conditions", "Engine", "Web",
                    "Scenarios", "Results")
            .whereLayer("Literature").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Web")
            .whereLayer("CdsHooks").mayOnlyAccessLayers("Intake", "Catalogue", "Engine", "Fhir", "Web")
            .whereLayer("Reload").mayOnlyAccessLayers("Intake", "Engine", "Scenarios", "RuleCheck", "Web", "Audit")
            .whereLayer("Maintenance").mayOnlyAccessLayers("Intake", "Engine", "RuleCheck", "Web")
            .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Application")
            .whereLayer("Application").mayNotBeAccessedByAnyLayer();
}
