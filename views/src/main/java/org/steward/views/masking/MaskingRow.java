package org.steward.views.masking;

import java.util.List;
import java.util.stream.IntStream;
import org.steward.model.masking.ColumnMasking;

/** One column of the preview: how it is masked and each sample next to its masked value. */
public record MaskingRow(ColumnMasking column, List<String> maskedSamples) {

    public MaskingRow {
        maskedSamples = List.copyOf(maskedSamples);
    }

    /** "sample → masked" lines, one per sample. */
    public List<String> sampleLines() {
        return IntStream.range(0, column.samples().size())
                .mapToObj(i -> column.samples().get(i) + "  →  " + maskedSamples.get(i)).toList();
    }
}
