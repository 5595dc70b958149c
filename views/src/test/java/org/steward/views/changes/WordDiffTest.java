package org.steward.views.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void onlyTheChangedWordsAreMarked() {
        List<DiffSegment> diff = WordDiff.diff("One row per registered customer.", "One row per active customer.");
        assertThat(diff).containsExactly(
                new DiffSegment(DiffSegment.Kind.SAME, "One row per "),
                new DiffSegment(DiffSegment.Kind.REMOVED, "registered"),
                new DiffSegment(DiffSegment.Kind.ADDED, "active"),
                new DiffSegment(DiffSegment.Kind.SAME, " customer."));
    }

    @Test
    void addedWordsAtTheEndAndAnEmptyBefore() {
        assertThat(WordDiff.diff("Orders.", "Orders. Refreshed nightly.")).containsExactly(
                new DiffSegment(DiffSegment.Kind.SAME, "Orders."),
                new DiffSegment(DiffSegment.Kind.ADDED, " Refreshed nightly."));
        assertThat(WordDiff.diff("", "New text")).containsExactly(new DiffSegment(DiffSegment.Kind.ADDED, "New text"));
    }

    @Test
    void aRewriteReadsWholeRatherThanInterleaved() {
        assertThat(WordDiff.diff("Unmodified copy of the shop table in the lake",
                "Orders placed in the web shop, one row per order line")).containsExactly(
                new DiffSegment(DiffSegment.Kind.REMOVED, "Unmodified copy of the shop table in the lake"),
                new DiffSegment(DiffSegment.Kind.ADDED, "Orders placed in the web shop, one row per order line"));
    }
}
