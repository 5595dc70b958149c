package org.steward.model.change;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.GlossaryTerm;
import org.steward.model.catalog.Owner;
import org.steward.model.classification.propagation.PropagatedLabel;
import org.steward.model.classification.propagation.PropagationDiff;

/**
 * Shows catalog state as it will be once pending changes are applied, without touching the stored state:
 * descriptions, owners, glossary terms, classifications added and removed, and the labels those propagate or
 * withdraw downstream.
 */
public final class PendingOverlay {
    private static final String PENDING_SOURCE = "pending";
    private final Function<String, Owner> owners;
    private final Function<String, GlossaryTerm> terms;
    private final PropagationDiff propagation;
    private final Function<Long, String> names;

    public PendingOverlay(Function<String, Owner> owners, Function<String, GlossaryTerm> terms) {
        this(owners, terms, new PropagationDiff(List.of(), List.of(), List.of(), List.of()), id -> "#" + id);
    }

    /**
     * @param propagation what pending changes do to propagated labels
     * @param names       qualified names of origin entities, by id
     */
    public PendingOverlay(Function<String, Owner> owners, Function<String, GlossaryTerm> terms,
                          PropagationDiff propagation, Function<Long, String> names) {
        this.owners = owners;
        this.terms = terms;
        this.propagation = propagation;
        this.names = names;
    }

    public OverlaidDetails apply(EntityDetails details, Map<Long, List<ProposedChange>> pendingByEntity) {
        List<ProposedChange> own = pendingByEntity.getOrDefault(details.entity().id(), List.of());
        Entity entity = details.entity();
        Owner owner = details.owner();
        List<GlossaryTerm> glossary = details.glossaryTerms();
        Map<String, String> attributes = new java.util.TreeMap<>(details.attributes());
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        Map<Long, Set<String>> pendingLabels = new HashMap<>();
        for (ProposedChange proposed : own) {
            Change change = proposed.change();
            kinds.add(change.kind());
            if (change instanceof DescriptionChange description) {
                entity = entity.withDescription(description.after());
            } else if (change instanceof OwnerChange ownerChange) {
                entity = entity.withOwner(ownerChange.after());
                owner = ownerChange.after().isEmpty() ? null : owners.apply(ownerChange.after());
            } else if (change instanceof GlossaryTermsChange termsChange) {
                glossary = termsChange.after().stream().map(this::term).toList();
            } else if (change instanceof AttributeChange attribute) {
                attribute.applyTo(attributes);
            }
        }
        List<ClassificationAssignment> labels = labels(entity.id(), details.classifications(), own, pendingLabels);
        Map<Long, Set<ChangeKind>> pendingColumns = new HashMap<>();
        List<ColumnInfo> columns = new ArrayList<>(details.columns().size());
        for (ColumnInfo column : details.columns()) {
            Entity columnEntity = column.column();
            List<ProposedChange> onColumn = pendingByEntity.getOrDefault(columnEntity.id(), List.of());
            for (ProposedChange proposed : onColumn) {
                pendingColumns.computeIfAbsent(columnEntity.id(), k -> EnumSet.noneOf(ChangeKind.class))
                        .add(proposed.change().kind());
                if (proposed.change() instanceof DescriptionChange description) {
                    columnEntity = columnEntity.withDescription(description.after());
                } else if (proposed.change() instanceof OwnerChange ownerChange) {
                    columnEntity = columnEntity.withOwner(ownerChange.after());
                }
            }
            List<ClassificationAssignment> columnLabels = labels(columnEntity.id(), column.classifications(), onColumn,
                    pendingLabels);
            columns.add(new ColumnInfo(columnEntity, column.position(), column.sampleValues(), columnLabels,
                    column.personalDataSuspected()));
        }
        EntityDetails overlaid = new EntityDetails(entity, attributes, owner, glossary, labels, columns,
                details.upstreamCount(), details.downstreamCount());
        return new OverlaidDetails(overlaid, kinds, own, pendingColumns, pendingLabels);
    }

    /** Stored labels with pending direct adds and removals, and pending propagation, applied. */
    private List<ClassificationAssignment> labels(long entityId, List<ClassificationAssignment> stored,
                                                  List<ProposedChange> pending, Map<Long, Set<String>> marks) {
        List<ClassificationAssignment> result = new ArrayList<>(stored);
        for (ProposedChange proposed : pending) {
            if (proposed.change() instanceof ClassificationAdded added) {
                result.removeIf(a -> a.direct() && a.classification().equals(added.classification()));
                result.add(new ClassificationAssignment(added.classification(), null, added.propagate(),
                        PENDING_SOURCE, added.validFrom(), added.validTo(), added.attributes()));
                mark(marks, entityId, added.classification());
            } else if (proposed.change() instanceof ClassificationRemoved removed) {
                result.removeIf(a -> a.direct() && a.classification().equals(removed.classification()));
                mark(marks, entityId, removed.classification());
            }
        }
        for (PropagatedLabel label : propagation.removed()) {
            if (label.entityId() == entityId) {
                result.removeIf(a -> !a.direct() && a.classification().equals(label.classification()));
                mark(marks, entityId, label.classification());
            }
        }
        for (PropagatedLabel label : concat(propagation.added(), propagation.changedOrigins())) {
            if (label.entityId() == entityId) {
                Set<String> known = new HashSet<>();
                result.removeIf(a -> !a.direct() && a.classification().equals(label.classification())
                        && !label.originIds().isEmpty());
                for (long origin : label.originIds()) {
                    String name = names.apply(origin);
                    if (known.add(name)) {
                        result.add(new ClassificationAssignment(label.classification(), name, true, PENDING_SOURCE));
                    }
                }
                mark(marks, entityId, label.classification());
            }
        }
        return result;
    }

    private static List<PropagatedLabel> concat(List<PropagatedLabel> a, List<PropagatedLabel> b) {
        List<PropagatedLabel> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void mark(Map<Long, Set<String>> marks, long entityId, String classification) {
        marks.computeIfAbsent(entityId, k -> new HashSet<>()).add(classification);
    }

    private GlossaryTerm term(String qualifiedName) {
        GlossaryTerm term = terms.apply(qualifiedName);
        return term != null ? term : new GlossaryTerm(qualifiedName, qualifiedName, "");
    }
}
