package org.steward.model.workspace;

import java.util.BitSet;

/**
 * Suspicion verdicts of columns judged while scanning their dataset, kept until the column's own row comes by, so
 * each column is judged once per index rebuild. Entity ids are dense, so two bit sets hold a million verdicts in
 * a quarter of a megabyte; ids beyond int range are simply not remembered (and judged again).
 */
final class ColumnVerdicts {
    private final BitSet judged = new BitSet();
    private final BitSet suspected = new BitSet();

    void remember(long columnId, boolean isSuspected) {
        if (columnId >= 0 && columnId <= Integer.MAX_VALUE) {
            judged.set((int) columnId);
            suspected.set((int) columnId, isSuspected);
        }
    }

    /** The verdict remembered for this id, forgetting it; {@code null} when there is none. */
    Boolean take(long id) {
        if (id < 0 || id > Integer.MAX_VALUE || !judged.get((int) id)) {
            return null;
        }
        judged.clear((int) id);
        return suspected.get((int) id);
    }
}
