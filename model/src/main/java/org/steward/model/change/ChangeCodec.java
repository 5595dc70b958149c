package org.steward.model.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How each kind of {@link Change} is stored as a kind plus a before and an after text. Lineage edits store their
 * ids as text: an added edge {@code from>to[>via]}, a removed edge {@code from>to}, an added process four lines
 * (qualified name, name, comma-separated input ids, comma-separated output ids), a removed process its id;
 * classification changes are stored as JSON by {@link ClassificationCodec}; an attribute change as its key, a line
 * break and the value.
 */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    public static String before(Change change) {
        if (change instanceof DescriptionChange description) {
            return description.before();
        } else if (change instanceof OwnerChange owner) {
            return owner.before();
        } else if (change instanceof GlossaryTermsChange terms) {
            return joinTerms(terms.before());
        } else if (change instanceof LineageEdgeRemoved removed) {
            return removed.fromId() + ">" + removed.toId();
        } else if (change instanceof ProcessRemoved removed) {
            return Long.toString(removed.processId());
        } else if (change instanceof ClassificationRemoved removed) {
            return ClassificationCodec.encodeRemoved(removed);
        } else if (change instanceof AttributeChange attribute) {
            return attribute.key() + "\n" + attribute.before();
        }
        return "";
    }

    public static String after(Change change) {
        if (change instanceof DescriptionChange description) {
            return description.after();
        } else if (change instanceof OwnerChange owner) {
            return owner.after();
        } else if (change instanceof GlossaryTermsChange terms) {
            return joinTerms(terms.after());
        } else if (change instanceof LineageEdgeAdded added) {
            String via = added.viaProcessId() == null ? "" : ">" + added.viaProcessId();
            return added.fromId() + ">" + added.toId() + via;
        } else if (change instanceof ProcessAdded process) {
            return process.qualifiedName() + "\n" + process.name() + "\n" + joinIds(process.inputIds()) + "\n"
                    + joinIds(process.outputIds());
        } else if (change instanceof ClassificationAdded added) {
            return ClassificationCodec.encodeAdded(added);
        } else if (change instanceof AttributeChange attribute) {
            return attribute.key() + "\n" + attribute.after();
        }
        return "";
    }

    public static Change decode(ChangeKind kind, long entityId, String before, String after) {
        switch (kind) {
            case DESCRIPTION:
                return new DescriptionChange(entityId, before, after);
            case OWNER:
                return new OwnerChange(entityId, before, after);
            case GLOSSARY_TERMS:
                return new GlossaryTermsChange(entityId, splitTerms(before), splitTerms(after));
            case LINEAGE_EDGE_ADDED: {
                String[] ends = after.split(">");
                return new LineageEdgeAdded(Long.parseLong(ends[0]), Long.parseLong(ends[1]),
                        ends.length > 2 ? Long.valueOf(ends[2]) : null);
            }
            case LINEAGE_EDGE_REMOVED: {
                String[] ends = before.split(">");
                return new LineageEdgeRemoved(Long.parseLong(ends[0]), Long.parseLong(ends[1]));
            }
            case PROCESS_ADDED: {
                String[] lines = after.split("\n", -1);
                return new ProcessAdded(lines[0], lines[1], splitIds(lines[2]), splitIds(lines[3]));
            }
            case PROCESS_REMOVED:
                return new ProcessRemoved(Long.parseLong(before));
            case CLASSIFICATION_ADDED:
                return ClassificationCodec.decodeAdded(entityId, after);
            case CLASSIFICATION_REMOVED:
                return ClassificationCodec.decodeRemoved(entityId, before);
            case ATTRIBUTE: {
                String[] old = before.split("\n", 2);
                String[] now = after.split("\n", 2);
                return new AttributeChange(entityId, now[0], old.length > 1 ? old[1] : "", now.length > 1 ? now[1] : "");
            }
            default:
                throw new IllegalArgumentException("unknown change kind " + kind);
        }
    }

    private static String joinTerms(List<String> terms) {
        return String.join("\n", terms);
    }

    private static List<String> splitTerms(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    private static String joinIds(List<Long> ids) {
        StringBuilder text = new StringBuilder();
        for (Long id : ids) {
            text.append(text.length() == 0 ? "" : ",").append(id);
        }
        return text.toString();
    }

    private static List<Long> splitIds(String stored) {
        List<Long> ids = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (String id : stored.split(",")) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }
}
