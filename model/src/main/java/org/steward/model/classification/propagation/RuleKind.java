package org.steward.model.classification.propagation;

/** What a propagation rule does at a process or edge. */
public enum RuleKind {
    BLOCK_PROCESS("blocked at this process"),
    BLOCK_EDGE("blocked on this edge"),
    ANONYMISING("stopped: the process anonymises its output"),
    AGGREGATING("stopped: the process aggregates its output");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    /** Why a label did not propagate, for the preview and the lineage view. */
    public String label() {
        return label;
    }

    /** Anonymising and aggregating processes stop labels visibly; blocks are the steward's explicit choice. */
    public boolean marksProcess() {
        return this == ANONYMISING || this == AGGREGATING;
    }
}
