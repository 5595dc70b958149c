package org.steward.model.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.model.ingest.ClassificationDefinitionRecord;

/**
 * The classification hierarchy with each classification's regulations, sensitivity, masking and retention. The
 * standard one ships in the resources module; a compliance person edits a copy and Steward reads it with
 * {@link #read(Path)}. Immutable: {@link #merge} returns a new taxonomy.
 */
public final class Taxonomy {

    public static final String RESOURCE = "/org/steward/resources/classification/taxonomy.json";

    private final Map<String, ClassificationDef> byName;
    private final Map<String, String> aliases;
    private final List<String> order;

    private Taxonomy(String source, Collection<ClassificationDef> defs) {
        List<String> problems = new ArrayList<>();
        Map<String, ClassificationDef> names = new LinkedHashMap<>();
        Map<String, String> alias = new LinkedHashMap<>();
        for (ClassificationDef def : defs) {
            if (names.putIfAbsent(def.name(), def) != null) {
                problems.add(def.name() + ": defined twice");
            }
            def.aliases().forEach(a -> alias.put(a, def.name()));
        }
        for (Map.Entry<String, String> entry : alias.entrySet()) {
            if (names.containsKey(entry.getKey())) {
                problems.add(entry.getValue() + ": alias " + entry.getKey() + " is also a classification");
            }
        }
        for (ClassificationDef def : names.values()) {
            if (!def.isRoot() && !names.containsKey(def.parent())) {
                problems.add(def.name() + ": parent " + def.parent() + " is not defined");
            } else if (inCycle(def, names)) {
                problems.add(def.name() + ": its parents form a cycle");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(source, problems);
        }
        this.byName = Map.copyOf(names);
        this.aliases = Map.copyOf(alias);
        this.order = List.copyOf(names.keySet());
    }

    /** The taxonomy shipped with Steward. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy not on the classpath: " + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the standard taxonomy", e);
        }
    }

    /** Reads an edited taxonomy file; throws {@link InvalidTaxonomyException} naming each bad entry. */
    public static Taxonomy read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static Taxonomy read(InputStream in, String source) throws IOException {
        return new Taxonomy(source, new TaxonomyParser().parse(in, source));
    }

    public static Taxonomy of(Collection<ClassificationDef> defs) {
        return new Taxonomy("definitions", defs);
    }

    /** All classifications in file order. */
    public List<ClassificationDef> all() {
        return order.stream().map(byName::get).toList();
    }

    /** A classification by its name or one of its aliases. */
    public Optional<ClassificationDef> find(String nameOrAlias) {
        return Optional.ofNullable(byName.get(aliases.getOrDefault(nameOrAlias, nameOrAlias)));
    }

    public boolean contains(String nameOrAlias) {
        return find(nameOrAlias).isPresent();
    }

    /** True when {@code name} is {@code ancestor} or lies below it (aliases resolved). */
    public boolean isA(String name, String ancestor) {
        Optional<ClassificationDef> target = find(ancestor);
        Optional<ClassificationDef> current = find(name);
        while (current.isPresent() && target.isPresent()) {
            if (current.get().name().equals(target.get().name())) {
                return true;
            }
            current = current.get().isRoot() ? Optional.empty() : find(current.get().parent());
        }
        return false;
    }

    /**
     * Adds Atlas classification definitions: new names become classifications without masking or retention (the
     * compliance person sets them); a name already here keeps its entry and takes a non-blank description only where
     * ours is blank. Throws when a merged parent is unknown.
     */
    public Taxonomy merge(List<ClassificationDefinitionRecord> records) {
        Map<String, ClassificationDef> merged = new LinkedHashMap<>(byName);
        for (ClassificationDefinitionRecord record : records) {
            Optional<ClassificationDef> existing = find(record.name());
            if (existing.isPresent()) {
                ClassificationDef def = existing.get();
                if (def.description().isBlank() && !record.description().isBlank()) {
                    merged.put(def.name(), new ClassificationDef(def.name(), def.parent(), record.description(),
                            def.sensitivity(), def.regulations(), def.masking(), def.retention(), def.aliases()));
                }
            } else {
                int sensitivity = Math.max(0, Math.min(ClassificationDef.MAX_SENSITIVITY, record.sensitivity()));
                merged.put(record.name(), new ClassificationDef(record.name(), record.parent(), record.description(),
                        sensitivity, List.of(), Optional.empty(), Optional.empty(), List.of()));
            }
        }
        return new Taxonomy("merged with classificationDefs", merged.values());
    }

    /** The definitions as the ingestion path takes them. */
    public List<ClassificationDefinitionRecord> toDefinitionRecords() {
        return all().stream().map(def -> new ClassificationDefinitionRecord(def.name(), def.parent(),
                def.description(), def.sensitivity())).toList();
    }

    private static boolean inCycle(ClassificationDef start, Map<String, ClassificationDef> names) {
        Set<String> seen = new HashSet<>();
        ClassificationDef current = start;
        while (current != null && !current.isRoot()) {
            if (!seen.add(current.name())) {
                return true;
            }
            current = names.get(current.parent());
        }
        return false;
    }
}
