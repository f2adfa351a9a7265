package servicelab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of ARCHITECTURE.md as an allow-list: each layer names the layers it may use, and
 * nothing else of the project. text < model < manifest, validation < check, sim < kubectl,
 * lesson < workspace < ui; cli sits beside workspace and uses neither it nor ui. The core has no
 * JavaFX in it; the view-model (workspace) uses JavaFX's beans only; views live in ui alone.
 */
@AnalyzeClasses(packages = "servicelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layersAreAnAllowList = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("text").definedBy("servicelab.text..")
            .layer("model").definedBy("servicelab.model..")
            .layer("manifest").definedBy("servicelab.manifest..")
            .layer("validation").definedBy("servicelab.validation..")
            .layer("check").definedBy("servicelab.check..")
            .layer("sim").definedBy("servicelab.sim..")
            .layer("kubectl").definedBy("servicelab.kubectl..")
            .layer("lesson").definedBy("servicelab.lesson..")
            .layer("workspace").definedBy("servicelab.workspace..")
            .layer("ui").definedBy("servicelab.ui..")
            .layer("cli").definedBy("servicelab.cli..")
            .layer("realcluster").definedBy("servicelab.realcluster..")
            .layer("bridge").definedBy("servicelab.bridge..")
            .whereLayer("text").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("text")
            .whereLayer("manifest").mayOnlyAccessLayers("model", "text")
            .whereLayer("validation").mayOnlyAccessLayers("model", "text")
            .whereLayer("check").mayOnlyAccessLayers("manifest", "validation", "model", "text")
            .whereLayer("sim").mayOnlyAccessLayers("model", "text")
            .whereLayer("kubectl").mayOnlyAccessLayers("check", "sim", "manifest", "validation", "model", "text")
            .whereLayer("lesson").mayOnlyAccessLayers("kubectl", "check", "sim", "manifest", "validation", "model", "text")
            .whereLayer("workspace").mayOnlyAccessLayers("realcluster", "kubectl", "lesson", "check", "sim", "manifest", "validation", "model", "text")
            .whereLayer("ui").mayOnlyAccessLayers("realcluster", "workspace", "kubectl", "lesson", "check", "sim", "manifest", "validation",
                    "model", "text")
            .whereLayer("cli").mayOnlyAccessLayers("realcluster", "kubectl", "lesson", "check", "sim", "manifest", "validation",
                    "model", "text")
            .whereLayer("realcluster").mayOnlyAccessLayers("kubectl", "check", "sim", "manifest", "validation", "model", "text")
            .whereLayer("bridge").mayOnlyAccessLayers("realcluster")
            .because("arrows point one way: the core knows nothing of the view-model, the view-model nothing of the views, "
                    + "and the command line runs the core without either");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("servicelab.(*)..").should().beFreeOfCycles()
            .because("a package that needs another that needs it back is one package in two places");

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage("servicelab.text..", "servicelab.model..",
                    "servicelab.manifest..", "servicelab.validation..", "servicelab.check..", "servicelab.sim..",
                    "servicelab.kubectl..", "servicelab.lesson..", "servicelab.cli..", "servicelab.realcluster..", "servicelab.bridge..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core is tested without a screen and runs headless in bin/servicelab");

    @ArchTest
    static final ArchRule viewModelUsesOnlyBeans = noClasses().that().resideInAPackage("servicelab.workspace..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("javafx..")
                    .and(JavaClass.Predicates.resideOutsideOfPackages("javafx.beans..", "javafx.collections..")))
            .because("the view-model publishes with JavaFX's beans but never builds, shows or animates a view");

    @ArchTest
    static final ArchRule onlyTheBridgeKnowsTheClient = noClasses().that().resideOutsideOfPackage("servicelab.bridge..")
            .should().dependOnClassesThat().resideInAnyPackage("io.fabric8..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("the Kubernetes client is loaded only when the real-cluster view opens (Bridges), and only the "
                    + "bridge may name its types; everything else speaks RealCluster and RealObject");

    @ArchTest
    static final ArchRule nothingNamesTheBridge = noClasses().that().resideOutsideOfPackage("servicelab.bridge..")
            .should().dependOnClassesThat().resideInAPackage("servicelab.bridge..")
            .because("the bridge's classes need its own class loader (Bridges.BridgeLoader): nothing may link to them directly");

    @ArchTest
    static final ArchRule nothingButUiUsesViews = noClasses().that().resideOutsideOfPackage("servicelab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.application..", "javafx.animation..", "org.fxmisc..", "atlantafx..", "org.kordamp..")
            .because("views belong to the ui package alone");
}
