package org.steward.views.lineage.layout;

import org.steward.model.catalog.EntityType;

/** Sizes of node cards, shared by the layout and the renderers. */
public final class CardMetrics {
    public static final double CARD_WIDTH = 220;
    public static final double CARD_HEIGHT = 64;
    public static final double PROCESS_WIDTH = 180;
    public static final double PROCESS_HEIGHT = 40;
    public static final double GROUP_HEADER = 40;
    public static final double COLUMN_ROW = 22;
    public static final double GROUP_PADDING = 6;
    public static final double LAYER_GAP = 90;
    public static final double NODE_GAP = 22;

    private CardMetrics() {
    }

    public static double width(EntityType type) {
        return type == EntityType.PROCESS ? PROCESS_WIDTH : CARD_WIDTH;
    }

    public static double height(EntityType type) {
        return switch (type) {
            case PROCESS -> PROCESS_HEIGHT;
            case COLUMN -> COLUMN_ROW;
            default -> CARD_HEIGHT;
        };
    }

    public static double groupHeight(int columns) {
        return GROUP_HEADER + columns * COLUMN_ROW + GROUP_PADDING;
    }
}
