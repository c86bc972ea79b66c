package org.segmentstudio;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture, written once: ui → app → {segments, data, engine}, cli → {segments, data,
 * engine}, segments → {engine, data}; nothing below ui and app knows JavaFX, and app knows no
 * control. A broken direction fails the build.
 */
@AnalyzeClasses(packages = "org.segmentstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy("org.segmentstudio")
            .layer("UI").definedBy("org.segmentstudio.ui..")
            .layer("App").definedBy("org.segmentstudio.app..")
            .layer("CLI").definedBy("org.segmentstudio.cli..")
            .layer("Segments").definedBy("org.segmentstudio.segments..")
            .layer("Data").definedBy("org.segmentstudio.data..")
            .layer("Engine").definedBy("org.segmentstudio.engine..")
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("App").mayOnlyBeAccessedByLayers("UI")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Segments").mayOnlyBeAccessedByLayers("UI", "App", "CLI")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("UI", "App", "CLI", "Segments")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("UI", "App", "CLI", "Segments")
            .because("the desktop and the command line are two faces of one engine: the command line never loads"
                    + " the desktop, and the session (app) is the one bridge between the views and the work");

    @ArchTest
    static final ArchRule belowTheAppNoJavaFx = noClasses().that().resideInAnyPackage("..engine..", "..data..",
                    "..segments..", "..cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine, the data and the segment rules run in the command line and in tests without a"
                    + " display, and must stay free of the toolkit");

    @ArchTest
    static final ArchRule appKnowsNoControl = noClasses().that().resideInAPackage("..app..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("the session holds state and commands; what is on screen belongs to the views, which bind to it");

    @ArchTest
    static final ArchRule engineIsPure = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..")
            .because("the engine computes on matrices it is given: files are read and written by data");

    @ArchTest
    static final ArchRule viewsStartNoWork = noClasses().that().resideInAPackage("..ui..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            resideInAPackage("..engine..").and(
                                    com.tngtech.archunit.base.DescribedPredicate.describe("k-means or the K advisor",
                                            c -> c.getSimpleName().equals("KMeans") || c.getSimpleName().equals("KAdvisor"))))))
            .orShould().callMethod(org.segmentstudio.data.CsvImporter.class, "read", java.nio.file.Path.class)
            .orShould().callMethod(org.segmentstudio.segments.SegmentAnalysis.class, "of",
                    org.segmentstudio.data.Dataset.class, org.segmentstudio.segments.FeatureMatrix.class, int[].class,
                    int.class)
            .because("opening, clustering and analysing are the session's commands: a view that starts them itself"
                    + " bypasses the run's state (the second Run once drew nothing because of such a side door)");
}
