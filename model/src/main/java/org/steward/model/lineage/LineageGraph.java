package org.steward.model.lineage;

import org.steward.model.catalog.EntityType;

/**
 * The whole stored lineage of a workspace in memory: one {@link CompactDigraph} per level. Dataset level holds
 * datasets, processes and dashboards (dataset → process → dataset, dataset → dashboard); column level holds
 * column → column edges with the process that derives them. Immutable and so safe to share between threads.
 */
public final class LineageGraph {
    private final CompactDigraph datasets;
    private final CompactDigraph columns;

    LineageGraph(CompactDigraph datasets, CompactDigraph columns) {
        this.datasets = datasets;
        this.columns = columns;
    }

    public static LineageGraph empty() {
        return new LineageGraph(CompactDigraph.empty(), CompactDigraph.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    public CompactDigraph level(LineageLevel level) {
        return level == LineageLevel.COLUMN ? columns : datasets;
    }

    public int nodeCount(LineageLevel level) {
        return level(level).nodeCount();
    }

    public int edgeCount(LineageLevel level) {
        return level(level).edgeCount();
    }

    public Closure closure(long entityId, boolean downstream, int depth, LineageLevel level) {
        return level(level).closure(entityId, downstream, depth, Integer.MAX_VALUE);
    }

    /** Collects edges in any order, then sorts them into compact form; not thread-safe. */
    public static final class Builder {
        private final CompactDigraphBuilder datasets = new CompactDigraphBuilder();
        private final CompactDigraphBuilder columns = new CompactDigraphBuilder();

        private Builder() {
        }

        /**
         * Adds one edge; the level comes from the ends' types (column → column is column level).
         *
         * @param fromParent the column's dataset, or 0; likewise {@code toParent}, {@code via} (0 when unknown)
         */
        public Builder edge(long from, EntityType fromType, long fromParent, long to, EntityType toType, long toParent,
                            long via) {
            boolean column = fromType == EntityType.COLUMN && toType == EntityType.COLUMN;
            (column ? columns : datasets).add(from, fromType, fromParent, to, toType, toParent, via);
            return this;
        }

        public LineageGraph build() {
            return new LineageGraph(datasets.build(), columns.build());
        }
    }
}
