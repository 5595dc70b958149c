package org.steward.views.lineage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.views.task.TaskExecutor;

/**
 * The "Add process…" dialog's state: the process's name and qualified name (derived from the name until the user
 * edits it), its inputs and outputs, and what still keeps it from being proposed.
 */
public final class AddProcessViewModel {
    static final String PREFIX = "manual.";

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty qualifiedName = new SimpleStringProperty(this, "qualifiedName", PREFIX);
    private final DatasetPicker inputs;
    private final DatasetPicker outputs;
    private final StringBinding problem;
    private boolean qualifiedNameEdited;

    public AddProcessViewModel(DatasetFinder finder, TaskExecutor executor, List<DatasetChoice> initialInputs,
                               List<DatasetChoice> initialOutputs) {
        inputs = new DatasetPicker(finder, executor, initialInputs);
        outputs = new DatasetPicker(finder, executor, initialOutputs);
        name.addListener((observable, old, now) -> {
            if (!qualifiedNameEdited) {
                qualifiedName.set(derivedName(now));
            }
        });
        qualifiedName.addListener((observable, old, now) ->
                qualifiedNameEdited = !now.equals(derivedName(name.get())));
        problem = Bindings.createStringBinding(this::findProblem, new Observable[] {name, qualifiedName,
            inputs.chosen(), outputs.chosen()});
    }

    /** The qualified name a process of this name gets unless the user types another. */
    static String derivedName(String processName) {
        String slug = processName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
        return PREFIX + slug;
    }

    /** What must change before the process can be proposed, or "" when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The process to propose, when nothing is missing. */
    public Optional<ProcessProposal> proposal() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProcessProposal(qualifiedName.get().strip(), name.get().strip(), inputs.chosenIds(),
                outputs.chosenIds()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty qualifiedNameProperty() {
        return qualifiedName;
    }

    public DatasetPicker inputs() {
        return inputs;
    }

    public DatasetPicker outputs() {
        return outputs;
    }

    private String findProblem() {
        if (name.get().isBlank()) {
            return "Name the process.";
        }
        String qualified = qualifiedName.get().strip();
        if (qualified.isEmpty() || qualified.equals(PREFIX) || qualified.contains("\n")) {
            return "Give the process a one-line qualified name.";
        }
        if (inputs.chosen().isEmpty() && outputs.chosen().isEmpty()) {
            return "Pick at least one input or output.";
        }
        for (DatasetChoice input : inputs.chosen()) {
            if (outputs.isChosen(input.id())) {
                return input.name() + " is both an input and an output.";
            }
        }
        return "";
    }

    /** A process to propose: ids of the datasets it reads and writes. */
    public record ProcessProposal(String qualifiedName, String name, List<Long> inputIds, List<Long> outputIds) {
        public ProcessProposal {
            inputIds = List.copyOf(inputIds);
            outputIds = List.copyOf(outputIds);
        }
    }
}
