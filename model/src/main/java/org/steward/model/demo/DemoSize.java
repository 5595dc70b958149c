package org.steward.model.demo;

/**
 * How big a demo catalog to generate: the total number of entities (datasets, columns, processes and dashboards
 * together). The proportions stay the same at every size: about 7% datasets, 86% columns, 6% processes.
 */
public record DemoSize(int entities) {

    public static final int MIN_ENTITIES = 50;
    public static final int MAX_ENTITIES = 5_000_000;

    /** About 2,000 datasets and 25,000 columns, plus their processes and dashboards. */
    public static final DemoSize DEFAULT = new DemoSize(28_500);

    public DemoSize {
        if (entities < MIN_ENTITIES || entities > MAX_ENTITIES) {
            throw new IllegalArgumentException("a demo needs between " + MIN_ENTITIES + " and " + MAX_ENTITIES
                    + " entities, not " + entities);
        }
    }

    public static DemoSize ofEntities(int n) {
        return new DemoSize(n);
    }
}
