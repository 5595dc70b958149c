package org.steward.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "org.steward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("org.steward.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.jfree..", "java.net.http..", "org.apache.http..", "org.apache.hc..", "okhttp3..",
                    "com.sun.jersey..", "org.apache.atlas..")
            .because("the model is plain Java: no toolkit and no HTTP client, so it runs headless and in CI");

    @ArchTest
    static final ArchRule modelSeesNoOtherModule = noClasses().that().resideInAPackage("org.steward.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.steward.views..", "org.steward.connectors..",
                    "org.steward.app..")
            .because("dependencies point one way: app → views → model and app → connectors → model");

    @ArchTest
    static final ArchRule connectorsHaveNoUi = noClasses().that().resideInAPackage("org.steward.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.steward.views..",
                    "org.steward.app..")
            .because("connectors speak foreign formats and protocols; the UI is not theirs");

    @ArchTest
    static final ArchRule viewsSeeModelOnly = noClasses().that().resideInAPackage("org.steward.views..")
            .should().dependOnClassesThat().resideInAnyPackage("org.steward.connectors..", "org.steward.app..",
                    "java.sql..", "java.net.http..")
            .because("views depend on the model only: no connectors, no SQL, no HTTP");

    @ArchTest
    static final ArchRule nobodyImportsTheApp = noClasses().that().resideOutsideOfPackage("org.steward.app..")
            .should().dependOnClassesThat().resideInAPackage("org.steward.app..")
            .because("the app wires everything; nothing may depend on it");

    @ArchTest
    static final ArchRule viewModelsNeedNoToolkit = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested with plain JUnit, without a window");

    @ArchTest
    static final ArchRule awtOnlyInCharts = noClasses().that().resideOutsideOfPackage("..chart..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..",
                    "javafx.embed.swing..")
            .because("AWT drags a second toolkit into a JavaFX app; only chart rendering (JFreeChart) may use it");

    @ArchTest
    static final ArchRule noJdkInternals = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.sun..", "sun..")
            .because("internals break between JDK and JavaFX releases");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("output goes through the logger, or through picocli's writers on the command line");
}
