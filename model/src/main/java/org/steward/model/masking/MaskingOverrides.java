package org.steward.model.masking;

import java.util.Map;
import java.util.Optional;

/**
 * Rules a user chose over the taxonomy's defaults.
 *
 * @param byClassification keyed by classification name
 * @param byColumn         keyed by the column's qualified name
 */
public record MaskingOverrides(Map<String, MaskingFunction> byClassification, Map<String, MaskingFunction> byColumn) {
    public static final MaskingOverrides NONE = new MaskingOverrides(Map.of(), Map.of());

    public MaskingOverrides {
        byClassification = Map.copyOf(byClassification);
        byColumn = Map.copyOf(byColumn);
    }

    public Optional<MaskingFunction> forClassification(String classification) {
        return Optional.ofNullable(byClassification.get(classification));
    }

    public Optional<MaskingFunction> forColumn(String qualifiedName) {
        return Optional.ofNullable(byColumn.get(qualifiedName));
    }
}
