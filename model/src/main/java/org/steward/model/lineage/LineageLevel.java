package org.steward.model.lineage;

/** Dataset level (datasets and the processes between them) or column level (column to column). */
public enum LineageLevel {
    DATASET,
    COLUMN
}
