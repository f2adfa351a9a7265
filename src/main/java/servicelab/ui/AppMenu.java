package servicelab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import servicelab.text.Messages;
import servicelab.ui.files.Export;
import servicelab.ui.files.FileActions;

/**
 * The window's menu (the ☰ button at the toolbar's end): File (menu.file) with recent files and exports,
 * View (menu.view) with theme, larger text, panes, presenter mode and language, and Help (menu.help) with the shortcut
 * sheet, the lessons, the glossary and About. Every item says its shortcut.
 */
final class AppMenu {
    /** What the menu acts on. */
    record Parts(MenuButton button, Messages msg, FileActions files, Export export, WindowSettings settings,
                 Theme theme, Runnable toggleLargerText, java.util.function.BooleanSupplier largerText,
                 Runnable toggleLesson, Runnable toggleYaml, Runnable togglePresenter, Runnable fitDiagram,
                 java.util.function.Consumer<String> setLanguage, String language,
                 Runnable shortcuts, Runnable chapters, Runnable glossary, Runnable finalTest, Runnable seedNote, Runnable about,
                 servicelab.ui.files.HandoutActions handouts, Runnable realCluster) {
    }

    private final Parts p;
    private final Menu recent;

    AppMenu(Parts parts) {
        this.p = parts;
        Messages msg = p.msg();
        recent = new Menu(msg.get("menu.recent"));
        recent.setId("recentMenu");
        p.button().getItems().setAll(fileMenu(msg), viewMenu(msg), helpMenu(msg));
        p.button().setOnShowing(e -> fillRecent());
        fillRecent();
    }

    private static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private Menu fileMenu(Messages msg) {
        Menu export = new Menu(msg.get("menu.export"), null,
                item("exportPng", msg.get("menu.exportPng"), null, p.export()::onExportPng),
                item("copyDiagram", msg.get("menu.copyDiagram"), Shortcuts.ctrlShift(KeyCode.C), p.export()::copyDiagram),
                item("exportYaml", msg.get("menu.exportYaml"), null, p.export()::onExportYaml));
        Menu m = new Menu(msg.get("menu.file"), null,
                item("menuNew", msg.get("toolbar.new"), Shortcuts.ctrl(KeyCode.N), p.files()::onNew),
                item("menuOpen", msg.get("menu.open"), Shortcuts.ctrl(KeyCode.O), p.files()::onOpen),
                recent,
                new SeparatorMenuItem(),
                item("menuSave", msg.get("toolbar.save"), Shortcuts.ctrl(KeyCode.S), p.files()::onSave),
                item("menuSaveAs", msg.get("menu.saveAs"), Shortcuts.ctrlShift(KeyCode.S), p.files()::onSaveAs),
                item("menuSaveScene", msg.get("scene.save"), Shortcuts.ctrlShift(KeyCode.E), p.files()::onSaveScene),
                new SeparatorMenuItem(),
                export);
        if (p.handouts() != null) {
            Menu handout = new Menu(msg.get("menu.handout"), null,
                    item("handoutStudent", msg.get("menu.handoutStudent"), null, () -> p.handouts().onSave(false)),
                    item("handoutTeacher", msg.get("menu.handoutTeacher"), null, () -> p.handouts().onSave(true)),
                    item("handoutPrint", msg.get("menu.handoutPrint"), Shortcuts.ctrl(KeyCode.P), p.handouts()::onPrint));
            handout.setId("handoutMenu");
            m.getItems().add(handout);
        }
        m.getItems().addAll(new SeparatorMenuItem(), item("menuRealCluster", msg.get("menu.realCluster"), null, p.realCluster()));
        m.setId("fileMenu");
        return m;
    }

    private Menu viewMenu(Messages msg) {
        CheckMenuItem dark = new CheckMenuItem(msg.get("menu.dark"));
        dark.setId("menuDark");
        dark.setAccelerator(Shortcuts.ctrlShift(KeyCode.D));
        dark.setOnAction(e -> p.theme().setDark(!p.theme().isDark())); // a click and the accelerator alike
        CheckMenuItem larger = new CheckMenuItem(msg.get("menu.largerText"));
        larger.setId("menuLargerText");
        larger.setOnAction(e -> p.toggleLargerText().run());
        ToggleGroup langs = new ToggleGroup();
        Menu language = new Menu(msg.get("menu.language"));
        language.setId("languageMenu");
        for (String lang : List.of("ko", "en")) {
            RadioMenuItem r = new RadioMenuItem(msg.get(lang.equals("ko") ? "menu.language.ko" : "menu.language.en"));
            r.setId("language-" + lang);
            r.setToggleGroup(langs);
            r.setSelected(lang.equals(p.language()));
            r.setOnAction(e -> p.setLanguage().accept(lang));
            language.getItems().add(r);
        }
        Menu m = new Menu(msg.get("menu.view"), null,
                dark, larger,
                new SeparatorMenuItem(),
                item("menuLesson", msg.get("menu.lesson"), Shortcuts.ctrlShift(KeyCode.L), p.toggleLesson()),
                item("menuYaml", msg.get("menu.yaml"), Shortcuts.ctrlShift(KeyCode.Y), p.toggleYaml()),
                item("menuFit", msg.get("diagram.fit"), null, p.fitDiagram()),
                item("menuPresenter", msg.get("presenter.toggle"), Shortcuts.ctrlShift(KeyCode.P), p.togglePresenter()),
                new SeparatorMenuItem(),
                language);
        m.setId("viewMenu");
        m.setOnShowing(e -> {
            dark.setSelected(p.theme().isDark());
            larger.setSelected(p.largerText().getAsBoolean());
        });
        return m;
    }

    private Menu helpMenu(Messages msg) {
        Menu m = new Menu(msg.get("menu.help"), null,
                item("menuShortcuts", msg.get("help.shortcuts"), new javafx.scene.input.KeyCodeCombination(KeyCode.F1), p.shortcuts()),
                item("menuChapters", msg.get("menu.chapters"), null, p.chapters()),
                item("menuGlossary", msg.get("glossary.title"), null, p.glossary()),
                item("menuFinalTest", msg.get("menu.finalTest"), null, p.finalTest()),
                item("menuSeedNote", msg.get("menu.seedNote"), null, p.seedNote()),
                new SeparatorMenuItem(),
                item("menuAbout", msg.get("about.title"), null, p.about()));
        m.setId("helpMenu");
        return m;
    }

    /** The last ten files, newest first; a file that is gone is greyed out. */
    void fillRecent() {
        recent.getItems().clear();
        List<String> files = p.settings().recent();
        for (int i = 0; i < files.size(); i++) {
            Path f = Path.of(files.get(i));
            MenuItem it = new MenuItem((i + 1) + "  " + f.getFileName() + "  —  " + (f.getParent() == null ? "" : f.getParent()));
            it.setMnemonicParsing(false);
            it.setId("recent-" + i);
            it.setDisable(!Files.isRegularFile(f));
            it.setOnAction(e -> {
                if (p.files().confirmDiscard()) {
                    p.files().openFile(f);
                }
            });
            recent.getItems().add(it);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(p.msg().get("menu.recentEmpty"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(),
                    item("recentClear", p.msg().get("menu.recentClear"), null, () -> {
                        p.settings().change(s -> s.recent().forEach(s::forget));
                        fillRecent();
                    }));
        }
    }
}
