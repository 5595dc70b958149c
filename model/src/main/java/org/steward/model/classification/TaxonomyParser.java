package org.steward.model.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the taxonomy JSON into definitions, collecting every problem with the entry it belongs to. */
final class TaxonomyParser {

    private final ObjectMapper mapper = new ObjectMapper();

    List<ClassificationDef> parse(InputStream in, String source) throws IOException {
        JsonNode root = mapper.readTree(in);
        List<String> problems = new ArrayList<>();
        JsonNode entries = root == null ? null : root.get("classifications");
        if (entries == null || !entries.isArray()) {
            throw new InvalidTaxonomyException(source, List.of("no \"classifications\" array"));
        }
        List<ClassificationDef> defs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            definition(entries.get(i), i, problems).ifPresent(defs::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(source, problems);
        }
        return defs;
    }

    private Optional<ClassificationDef> definition(JsonNode entry, int index, List<String> problems) {
        String name = entry.path("name").asText("").strip();
        if (name.isEmpty()) {
            problems.add("entry #" + (index + 1) + " has no name");
            return Optional.empty();
        }
        int before = problems.size();
        JsonNode level = entry.get("sensitivity");
        int sensitivity = level != null && level.isInt() ? level.asInt() : -1;
        if (sensitivity < 0 || sensitivity > ClassificationDef.MAX_SENSITIVITY) {
            problems.add(name + ": sensitivity must be a whole number from 0 to " + ClassificationDef.MAX_SENSITIVITY
                    + ", not " + (level == null ? "missing" : level.toString()));
        }
        Optional<MaskingRule> masking = MaskingRule.byId(entry.path("masking").asText(""));
        if (masking.isEmpty()) {
            problems.add(name + ": unknown masking rule '" + entry.path("masking").asText("") + "'");
        }
        Optional<Period> retention = retention(name, entry.path("retention").asText(""), problems);
        List<Regulation> regulations = new ArrayList<>();
        for (JsonNode regulation : entry.path("regulations")) {
            Regulation parsed = new Regulation(regulation.path("framework").asText(""),
                    regulation.path("reference").asText(""));
            if (parsed.framework().isEmpty()) {
                problems.add(name + ": a regulation without a framework");
            }
            regulations.add(parsed);
        }
        List<String> aliases = new ArrayList<>();
        entry.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ClassificationDef(name, entry.path("parent").asText(""),
                entry.path("description").asText(""), sensitivity, regulations, masking, retention, aliases));
    }

    private static Optional<Period> retention(String name, String text, List<String> problems) {
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                problems.add(name + ": retention must be a positive period, not " + text);
                return Optional.empty();
            }
            return Optional.of(period);
        } catch (DateTimeParseException e) {
            problems.add(name + ": retention '" + text + "' is not an ISO-8601 period such as P6Y or P13M");
            return Optional.empty();
        }
    }
}
