package org.steward.model.masking;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.Taxonomy;

/**
 * Decides each column's rule: the column's own rule if a user chose one; otherwise, of its classifications' rules
 * (chosen for the classification, else the taxonomy's default, else the nearest parent's), the strictest. A label the
 * taxonomy does not know is redacted; an unlabelled column passes unmasked.
 */
public final class MaskingPlanner {
    private final Taxonomy taxonomy;
    private final MaskingOverrides overrides;

    public MaskingPlanner(Taxonomy taxonomy, MaskingOverrides overrides) {
        this.taxonomy = taxonomy;
        this.overrides = overrides;
    }

    public MaskingPlan plan(EntityDetails dataset) {
        List<ColumnMasking> columns = dataset.columns().stream()
                .sorted(Comparator.comparingInt(ColumnInfo::position))
                .map(this::column).toList();
        return new MaskingPlan(dataset.entity(), columns);
    }

    ColumnMasking column(ColumnInfo info) {
        String qualifiedName = info.column().qualifiedName();
        List<String> labels = info.classifications().stream().map(ClassificationAssignment::classification)
                .distinct().toList();
        ColumnKind kind = ColumnKind.of(info.column().dataType());
        Optional<MaskingFunction> own = overrides.forColumn(qualifiedName);
        if (own.isPresent()) {
            return masking(info, labels, Optional.empty(), own, RuleSource.COLUMN);
        }
        Candidate strictest = null;
        for (String label : labels) {
            Candidate candidate = candidate(label, kind);
            if (strictest == null || candidate.function().strictness() > strictest.function().strictness()) {
                strictest = candidate;
            }
        }
        if (strictest == null) {
            return masking(info, labels, Optional.empty(), Optional.empty(), RuleSource.UNCLASSIFIED);
        }
        return masking(info, labels, Optional.of(strictest.label()), Optional.of(strictest.function()),
                strictest.source());
    }

    /** The rule one classification asks for on a column of this kind. */
    public Candidate candidate(String label, ColumnKind kind) {
        Optional<ClassificationDef> def = taxonomy.find(label);
        String name = def.map(ClassificationDef::name).orElse(label);
        Optional<MaskingFunction> chosen = overrides.forClassification(name)
                .or(() -> overrides.forClassification(label));
        if (chosen.isPresent()) {
            return new Candidate(label, chosen.get(), RuleSource.CLASSIFICATION);
        }
        Optional<ClassificationDef> current = def;
        while (current.isPresent()) {
            if (current.get().masking().isPresent()) {
                return new Candidate(label, MaskingFunctions.forRule(current.get().masking().get(), kind),
                        RuleSource.TAXONOMY);
            }
            current = current.get().isRoot() ? Optional.empty() : taxonomy.find(current.get().parent());
        }
        return new Candidate(label, new Redact(), RuleSource.UNKNOWN_CLASSIFICATION);
    }

    private static ColumnMasking masking(ColumnInfo info, List<String> labels, Optional<String> decidedBy,
                                         Optional<MaskingFunction> function, RuleSource source) {
        return new ColumnMasking(info.column().name(), info.column().qualifiedName(), info.column().dataType(),
                labels, decidedBy, function, source, info.sampleValues());
    }

    /** One classification's rule and where it came from. */
    public record Candidate(String label, MaskingFunction function, RuleSource source) {
    }
}
