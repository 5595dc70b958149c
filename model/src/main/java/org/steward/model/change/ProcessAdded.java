package org.steward.model.change;

import java.util.List;

/**
 * A process added by hand with its inputs and outputs (entity ids). It is not an entity until the change is
 * approved, so lineage views show it under the synthetic id {@link #syntheticId(long) -changeId}. The change is
 * filed under its first input, or its first output when it has no inputs, because every change belongs to an
 * existing entity.
 */
public record ProcessAdded(String qualifiedName, String name, List<Long> inputIds, List<Long> outputIds)
        implements Change {

    public ProcessAdded {
        if (qualifiedName == null || qualifiedName.isBlank() || qualifiedName.contains("\n")) {
            throw new IllegalArgumentException("a process needs a one-line qualified name");
        }
        name = name == null || name.isBlank() ? qualifiedName : name.replace('\n', ' ');
        inputIds = List.copyOf(inputIds);
        outputIds = List.copyOf(outputIds);
        if (inputIds.isEmpty() && outputIds.isEmpty()) {
            throw new IllegalArgumentException("a process needs at least one input or output");
        }
    }

    /** The id under which a pending process appears in lineage subgraphs: the negated proposed-change id. */
    public static long syntheticId(long proposedChangeId) {
        return -proposedChangeId;
    }

    @Override
    public long entityId() {
        return inputIds.isEmpty() ? outputIds.get(0) : inputIds.get(0);
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.PROCESS_ADDED;
    }

    @Override
    public String summary() {
        return "process added: " + ChangeText.quote(name) + " (" + inputIds.size() + " inputs, " + outputIds.size()
                + " outputs)";
    }
}
