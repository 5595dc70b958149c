package org.steward.model.classification.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.steward.model.classification.ClassificationDef;
import org.steward.model.classification.Taxonomy;
import org.steward.model.demo.DemoBlueprint;
import org.steward.model.demo.DemoColumnSamples;

/**
 * The labelled columns {@code steward bench classify} measures: the hand-labelled {@code corpus.csv} shipped in
 * the resources module, and the demo blueprint's columns. A demo column counts as personal when its label is
 * personal data in the taxonomy (it names GDPR or HIPAA), as not personal when it has no label and its values are
 * not of a personal kind; unlabelled columns holding personal kinds of values ({@code agent_email}) are skipped,
 * because the blueprint does not label every copy and its silence is no ground truth.
 */
public final class ClassificationCorpus {

    public static final String RESOURCE = "/org/steward/resources/classification/corpus.csv";
    public static final String HAND_LABELLED = "hand-labelled";
    public static final String DEMO = "demo blueprint";
    private static final Set<String> PERSONAL_KINDS = Set.of(
            "email", "phone_e164", "person_name", "first_name", "last_name", "street_address", "city", "postcode",
            "birth_date", "age", "card_number", "iban", "ipv4", "ipv6", "device_id", "latitude", "longitude",
            "national_id", "salary", "icd10", "sha256");

    private ClassificationCorpus() {
    }

    /** The shipped hand-labelled rows; every expected classification must exist in the taxonomy. */
    public static List<LabelledColumn> handLabelled(Taxonomy taxonomy) {
        try (InputStream in = ClassificationCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("corpus not on the classpath: " + RESOURCE);
            }
            return read(in, taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<LabelledColumn> read(InputStream in, Taxonomy taxonomy) throws IOException {
        List<LabelledColumn> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() != 3) {
                throw new IllegalArgumentException("corpus line " + lineNumber + ": expected 3 fields, got "
                        + fields.size());
            }
            String expected = fields.get(2).strip();
            if (!expected.equals(LabelledColumn.NONE) && !taxonomy.contains(expected)) {
                throw new IllegalArgumentException("corpus line " + lineNumber + ": unknown classification "
                        + expected);
            }
            rows.add(new LabelledColumn(fields.get(0).strip(), List.of(fields.get(1).split("\\|")),
                    expected.equals(LabelledColumn.NONE) ? expected : taxonomy.find(expected).orElseThrow().name(),
                    HAND_LABELLED));
        }
        return rows;
    }

    /** The demo blueprint's distinct columns with samples drawn from {@code seed}. */
    public static List<LabelledColumn> demo(DemoBlueprint blueprint, Taxonomy taxonomy, long seed) {
        List<LabelledColumn> rows = new ArrayList<>();
        for (DemoColumnSamples.Column column : new DemoColumnSamples(blueprint).columns(seed)) {
            String label = column.classification();
            if (!label.isEmpty() && personal(taxonomy, label)) {
                rows.add(new LabelledColumn(column.name(), column.samples(),
                        taxonomy.find(label).orElseThrow().name(), DEMO));
            } else if (!PERSONAL_KINDS.contains(column.kind())) {
                rows.add(new LabelledColumn(column.name(), column.samples(), LabelledColumn.NONE, DEMO));
            }
        }
        return rows;
    }

    /** How many unlabelled demo columns hold personal kinds of values and are left out. */
    public static long demoSkipped(DemoBlueprint blueprint, Taxonomy taxonomy, long seed) {
        return new DemoColumnSamples(blueprint).columns(seed).stream()
                .filter(c -> (c.classification().isEmpty() || !personal(taxonomy, c.classification()))
                        && PERSONAL_KINDS.contains(c.kind()))
                .count();
    }

    private static boolean personal(Taxonomy taxonomy, String label) {
        return taxonomy.find(label).map(ClassificationDef::regulations).orElse(List.of()).stream()
                .anyMatch(r -> r.framework().equals("GDPR") || r.framework().equals("HIPAA"));
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
