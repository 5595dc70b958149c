package org.steward.model.masking;

import java.util.List;
import org.steward.model.catalog.Entity;

/** How each column of one dataset is masked, in column order. */
public record MaskingPlan(Entity dataset, List<ColumnMasking> columns) {

    public MaskingPlan {
        columns = List.copyOf(columns);
    }

    public List<ColumnMasking> maskedColumns() {
        return columns.stream().filter(ColumnMasking::masked).toList();
    }
}
