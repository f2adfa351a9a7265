package servicelab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md: arrows point one way, and the core has no JavaFX in it. */
@AnalyzeClasses(packages = "servicelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule modelIsSelfContained = noClasses().that().resideInAPackage("servicelab.model..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.manifest..", "servicelab.validation..",
                    "servicelab.check..", "servicelab.sim..", "servicelab.kubectl..", "servicelab.lesson..",
                    "servicelab.workspace..", "servicelab.ui..", "servicelab.cli..", "org.yaml..", "javafx..")
            .because("the model is plain immutable Kubernetes objects that every layer shares");

    @ArchTest
    static final ArchRule manifestUsesOnlyModel = noClasses().that().resideInAPackage("servicelab.manifest..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.validation..", "servicelab.check..",
                    "servicelab.sim..", "servicelab.kubectl..", "servicelab.lesson..", "servicelab.workspace..",
                    "servicelab.ui..", "servicelab.cli..", "javafx..")
            .because("YAML reading and editing must not know about checking, simulation or the screen");

    @ArchTest
    static final ArchRule validationUsesOnlyModel = noClasses().that().resideInAPackage("servicelab.validation..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.manifest..", "servicelab.check..",
                    "servicelab.sim..", "servicelab.kubectl..", "servicelab.lesson..", "servicelab.workspace..",
                    "servicelab.ui..", "servicelab.cli..", "org.yaml..", "javafx..")
            .because("the API server's rules work on typed objects, whatever text they came from");

    @ArchTest
    static final ArchRule checkIsCore = noClasses().that().resideInAPackage("servicelab.check..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.sim..", "servicelab.kubectl..",
                    "servicelab.lesson..", "servicelab.workspace..", "servicelab.ui..", "servicelab.cli..", "javafx..")
            .because("checking a manifest (parse, decode, default, allocate, validate) is shared by the app and the CLI");

    @ArchTest
    static final ArchRule simUsesModelOnly = noClasses().that().resideInAPackage("servicelab.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.manifest..", "servicelab.kubectl..",
                    "servicelab.lesson..", "servicelab.workspace..", "servicelab.ui..", "servicelab.cli..", "javafx..")
            .because("the network model is driven by desired state, not by text or the screen")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage("servicelab.model..",
                    "servicelab.manifest..", "servicelab.validation..", "servicelab.check..", "servicelab.sim..",
                    "servicelab.kubectl..", "servicelab.lesson..", "servicelab.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core is tested without a screen and runs headless in bin/servicelab");

    @ArchTest
    static final ArchRule workspaceUsesOnlyBeans = noClasses().that().resideInAPackage("servicelab.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "servicelab.ui..", "servicelab.cli..")
            .because("the workspace may expose javafx.beans properties but never builds views");

    @ArchTest
    static final ArchRule nothingButUiUsesViews = noClasses().that().resideOutsideOfPackage("servicelab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("views belong to the ui package alone");

    @ArchTest
    static final ArchRule nobodyDependsOnUiOrCli = noClasses().that().resideOutsideOfPackages("servicelab.ui..", "servicelab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.ui..", "servicelab.cli..")
            .because("the app and the command line are the two entry points on top of the core");

    @ArchTest
    static final ArchRule kubectlIsCore = noClasses().that().resideInAPackage("servicelab.kubectl..")
            .should().dependOnClassesThat().resideInAnyPackage("servicelab.lesson..", "servicelab.ui..", "servicelab.cli..", "javafx..")
            .because("the console's kubectl is the same in the app and in bin/servicelab kubectl");
}
