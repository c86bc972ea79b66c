package org.segmentstudio.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;

/**
 * Where a save dialog opens: the folder the user last saved into, else the opened file's folder.
 * A manager who exports the customers, the summary and the report one after the other picks the
 * folder once.
 */
public final class SaveFolder {
    private final Supplier<Optional<Path>> last;
    private final Consumer<Path> remember;

    /**
     * @param last     the folder saved into last, if any (the app keeps it in its preferences)
     * @param remember told the folder of every file the user chooses to save
     */
    public SaveFolder(Supplier<Optional<Path>> last, Consumer<Path> remember) {
        this.last = last;
        this.remember = remember;
    }

    /** For tests and places that keep nothing: always the opened file's folder. */
    public static SaveFolder none() {
        return new SaveFolder(Optional::empty, p -> { });
    }

    /**
     * The save dialog of an export: titled by its menu item (without the mnemonic), suggesting
     * {@code initialName}, opening in the folder it should.
     */
    public FileChooser dialog(String titleKey, String initialName, Path openFile) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(org.segmentstudio.ui.Messages.plain(titleKey));
        chooser.setInitialFileName(initialName);
        prepare(chooser, openFile);
        return chooser;
    }

    /** Shows the dialog; the folder of the file chosen is where the next one opens. Null when cancelled. */
    public File show(FileChooser chooser, javafx.stage.Window owner) {
        File f = chooser.showSaveDialog(owner);
        if (f != null) {
            chosen(f);
        }
        return f;
    }

    /** Points the dialog at the folder it should open in, when there is one that still exists. */
    public void prepare(FileChooser chooser, Path openFile) {
        Optional<Path> folder = last.get().filter(Files::isDirectory);
        if (folder.isEmpty() && openFile != null) {
            folder = Optional.ofNullable(openFile.toAbsolutePath().getParent()).filter(Files::isDirectory);
        }
        folder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
    }

    /** The user chose {@code file}: its folder is where the next save dialog opens. */
    public void chosen(File file) {
        Path parent = file.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            remember.accept(parent);
        }
    }
}
