package org.steward.model.change;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.GlossaryTerm;
import org.steward.model.catalog.Owner;

/** Shows catalog state as it will be once pending changes are applied, without touching the stored state. */
public final class PendingOverlay {
    private final Function<String, Owner> owners;
    private final Function<String, GlossaryTerm> terms;

    public PendingOverlay(Function<String, Owner> owners, Function<String, GlossaryTerm> terms) {
        this.owners = owners;
        this.terms = terms;
    }

    public OverlaidDetails apply(EntityDetails details, Map<Long, List<ProposedChange>> pendingByEntity) {
        List<ProposedChange> own = pendingByEntity.getOrDefault(details.entity().id(), List.of());
        Entity entity = details.entity();
        Owner owner = details.owner();
        List<GlossaryTerm> glossary = details.glossaryTerms();
        Map<String, String> attributes = new java.util.TreeMap<>(details.attributes());
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
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
                if (attribute.after().isBlank()) {
                    attributes.remove(attribute.key());
                } else {
                    attributes.put(attribute.key(), attribute.after());
                }
            }
        }
        Map<Long, Set<ChangeKind>> pendingColumns = new HashMap<>();
        List<ColumnInfo> columns = new ArrayList<>(details.columns().size());
        for (ColumnInfo column : details.columns()) {
            Entity columnEntity = column.column();
            for (ProposedChange proposed : pendingByEntity.getOrDefault(columnEntity.id(), List.of())) {
                pendingColumns.computeIfAbsent(columnEntity.id(), k -> EnumSet.noneOf(ChangeKind.class))
                        .add(proposed.change().kind());
                if (proposed.change() instanceof DescriptionChange description) {
                    columnEntity = columnEntity.withDescription(description.after());
                } else if (proposed.change() instanceof OwnerChange ownerChange) {
                    columnEntity = columnEntity.withOwner(ownerChange.after());
                }
            }
            columns.add(new ColumnInfo(columnEntity, column.position(), column.sampleValues(),
                    column.classifications(), column.personalDataSuspected()));
        }
        EntityDetails overlaid = new EntityDetails(entity, attributes, owner, glossary,
                details.classifications(), columns, details.upstreamCount(), details.downstreamCount());
        return new OverlaidDetails(overlaid, kinds, own, pendingColumns);
    }

    private GlossaryTerm term(String qualifiedName) {
        GlossaryTerm term = terms.apply(qualifiedName);
        return term != null ? term : new GlossaryTerm(qualifiedName, qualifiedName, "");
    }
}
