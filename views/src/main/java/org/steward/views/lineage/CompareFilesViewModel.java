package org.steward.views.lineage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.steward.model.ingest.CatalogImporter;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The "Compare two exports…" dialog's state: an older and a newer file, each with the importer that reads it
 * (guessed from the file's content when it is picked, off the FX thread; the user may change it).
 */
public final class CompareFilesViewModel {
    private final List<CatalogImporter> importers;
    private final Side older;
    private final Side newer;
    private final StringBinding problem;

    public CompareFilesViewModel(List<CatalogImporter> importers, Function<Path, Optional<String>> guess,
                                 TaskExecutor executor) {
        this.importers = List.copyOf(importers);
        older = new Side(guess, executor);
        newer = new Side(guess, executor);
        problem = Bindings.createStringBinding(this::findProblem, older.file, older.format, newer.file, newer.format);
    }

    public List<CatalogImporter> importers() {
        return importers;
    }

    public Side older() {
        return older;
    }

    public Side newer() {
        return newer;
    }

    /** What is missing before the files can be compared, or "" when nothing is. */
    public StringBinding problemProperty() {
        return problem;
    }

    public Optional<Request> request() {
        return problem.get().isEmpty() ? Optional.of(new Request(older.file.get(), older.format.get(),
                newer.file.get(), newer.format.get())) : Optional.empty();
    }

    private String findProblem() {
        if (older.file.get() == null) {
            return "Pick the older export.";
        }
        if (newer.file.get() == null) {
            return "Pick the newer export.";
        }
        if (older.format.get() == null || newer.format.get() == null) {
            return "Say which format each file is in.";
        }
        return "";
    }

    /** Two files to compare, older first, with the importers that read them. */
    public record Request(Path older, CatalogImporter olderFormat, Path newer, CatalogImporter newerFormat) {
    }

    /** One file of the comparison and its format. */
    public final class Side {
        private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
        private final ObjectProperty<CatalogImporter> format = new SimpleObjectProperty<>(this, "format");

        Side(Function<Path, Optional<String>> guess, TaskExecutor executor) {
            file.addListener((observable, old, now) -> {
                if (now != null) {
                    executor.execute(BackgroundJob.quiet("Recognising " + now.getFileName(),
                            monitor -> guess.apply(now), found -> found.flatMap(this::importer).ifPresent(choice -> {
                                if (now.equals(file.get())) {
                                    format.set(choice);
                                }
                            })));
                }
            });
        }

        public ObjectProperty<Path> fileProperty() {
            return file;
        }

        public ObjectProperty<CatalogImporter> formatProperty() {
            return format;
        }

        private Optional<CatalogImporter> importer(String name) {
            return importers.stream().filter(importer -> importer.format().equals(name)).findFirst();
        }
    }
}
