package org.segmentstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The directions of the architecture: ui → app → {segments, data, engine}; nothing below knows JavaFX. */
@AnalyzeClasses(packages = "org.segmentstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsPure = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..data..", "..segments..", "..app..",
                    "..ui..", "..cli..", "java.io..", "java.nio..");

    @ArchTest
    static final ArchRule dataKnowsNothingAbove = noClasses().that().resideInAPackage("..data..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..engine..", "..segments..",
                    "..app..", "..ui..", "..cli..");

    @ArchTest
    static final ArchRule segmentsUseOnlyEngineAndData = noClasses().that().resideInAPackage("..segments..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..app..", "..ui..", "..cli..");

    @ArchTest
    static final ArchRule cliNeverLoadsJavaFx = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..app..", "..ui..");

    @ArchTest
    static final ArchRule appDoesNotReachIntoViews = noClasses().that().resideInAPackage("..app..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..");
}
