package org.steward.model.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.steward.model.catalog.EntityType;

/** Reads a rule file, collecting every problem with the rule or setting it belongs to. */
final class RuleBookParser {
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param fallback the settings to use when the file has none; {@code null} when it must have them */
    RuleBook parse(byte[] json, String source, PolicySettings fallback) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InvalidRulesException(source, List.of("not valid JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidRulesException(source, List.of("cannot be read: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidRulesException(source, List.of("expected a JSON object with a \"rules\" array"));
        }
        PolicySettings settings = root.has("settings") ? settings(root.get("settings"), problems) : fallback;
        if (settings == null) {
            problems.add("no \"settings\" object");
        }
        JsonNode entries = root.get("rules");
        if (entries == null || !entries.isArray()) {
            problems.add("no \"rules\" array");
        }
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (entries != null && entries.isArray()) {
            for (int i = 0; i < entries.size(); i++) {
                rule(entries.get(i), i, source, problems).ifPresent(rule -> {
                    if (!ids.add(rule.id())) {
                        problems.add("rule " + rule.id() + " is defined twice");
                    }
                    rules.add(rule);
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(source, problems);
        }
        return new RuleBook(settings, rules);
    }

    private Optional<PolicyRule> rule(JsonNode entry, int index, String source, List<String> problems) {
        String id = entry.path("id").asText("").strip();
        String label = "rule #" + (index + 1) + (id.isEmpty() ? "" : " (" + id + ")");
        int before = problems.size();
        if (id.isEmpty()) {
            problems.add(label + ": no id");
        }
        String severityText = entry.path("severity").asText("");
        Optional<Severity> severity = Severity.parse(severityText);
        if (severity.isEmpty()) {
            problems.add(label + ": severity must be info, low, medium, high or critical, not '" + severityText + "'");
        }
        Optional<RuleCheck> check = check(entry, label, problems);
        List<String> regulations = new ArrayList<>();
        entry.path("regulations").forEach(regulation -> regulations.add(regulation.asText()));
        if (problems.size() > before || check.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyRule(id, entry.path("title").asText(id), severity.get(),
                entry.path("rationale").asText(""), regulations, check.get(), source));
    }

    private Optional<RuleCheck> check(JsonNode entry, String label, List<String> problems) {
        String kind = entry.path("check").asText("");
        switch (kind) {
            case OwnerRequired.KIND:
                return Optional.of(new OwnerRequired());
            case PersonalDataClassified.KIND:
                return Optional.of(new PersonalDataClassified());
            case RetentionDeclared.KIND:
                return Optional.of(new RetentionDeclared());
            case RetentionWithinMaximum.KIND:
                return Optional.of(new RetentionWithinMaximum());
            case NoPersonalDataIntoPublic.KIND:
                return Optional.of(new NoPersonalDataIntoPublic());
            case NoSensitivityDowngrade.KIND:
                return Optional.of(new NoSensitivityDowngrade());
            case DpiaLinked.KIND:
                return Optional.of(new DpiaLinked(entry.path("minSensitivity").asInt(4)));
            case NamingConvention.KIND:
                return naming(entry, label, problems);
            case ResidencyRestricted.KIND:
                return residency(entry, label, problems);
            default:
                problems.add(label + ": unknown check '" + kind + "'; use owner-required, personal-data-classified, "
                        + "retention-declared, retention-within-maximum, dpia-linked, naming, "
                        + "no-personal-data-into-public, no-sensitivity-downgrade or residency");
                return Optional.empty();
        }
    }

    private Optional<RuleCheck> naming(JsonNode entry, String label, List<String> problems) {
        String typeText = entry.path("entityType").asText("dataset").toUpperCase(Locale.ROOT);
        EntityType type;
        try {
            type = EntityType.valueOf(typeText);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": entityType must be dataset, column or dashboard, not '"
                    + entry.path("entityType").asText() + "'");
            return Optional.empty();
        }
        Optional<Pattern> source = pattern(entry.path("source").asText(".*"), label + ": source", problems);
        String patternText = entry.path("pattern").asText("");
        if (patternText.isEmpty()) {
            problems.add(label + ": a naming rule needs a \"pattern\"");
            return Optional.empty();
        }
        Optional<Pattern> pattern = pattern(patternText, label + ": pattern", problems);
        if (source.isEmpty() || pattern.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NamingConvention(type, source.get(), pattern.get()));
    }

    private Optional<RuleCheck> residency(JsonNode entry, String label, List<String> problems) {
        List<String> classifications = texts(entry.path("classifications"));
        if (classifications.isEmpty()) {
            problems.add(label + ": a residency rule needs \"classifications\"");
        }
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        JsonNode regions = entry.path("allowed");
        if (!regions.isObject() || regions.isEmpty()) {
            problems.add(label + ": a residency rule needs \"allowed\": {\"eu\": [\"eu\", …], …}");
        } else {
            regions.fields().forEachRemaining(field -> allowed.put(field.getKey().toLowerCase(Locale.ROOT),
                    new LinkedHashSet<>(texts(field.getValue()).stream()
                            .map(region -> region.toLowerCase(Locale.ROOT)).toList())));
        }
        if (classifications.isEmpty() || allowed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResidencyRestricted(classifications, allowed));
    }

    private PolicySettings settings(JsonNode node, List<String> problems) {
        Optional<Pattern> regionPattern = pattern(node.path("regionPattern").asText("(?!)"), "settings: regionPattern",
                problems);
        List<RetentionAttribute> attributes = new ArrayList<>();
        for (JsonNode attribute : node.path("retention").path("attributes")) {
            String unit = attribute.path("unit").asText("period");
            if (!unit.equals("period") && !unit.equals("days")) {
                problems.add("settings: retention attribute " + attribute.path("name").asText()
                        + ": unit must be period or days, not '" + unit + "'");
            }
            attributes.add(new RetentionAttribute(attribute.path("name").asText(), unit.equals("days")));
        }
        List<StageRule> stages = new ArrayList<>();
        for (JsonNode stage : node.path("retention").path("stages")) {
            String id = stage.path("stage").asText("");
            Optional<Period> maximum = Optional.empty();
            if (stage.hasNonNull("maximum")) {
                maximum = Periods.parse(stage.get("maximum").asText(), false);
                if (maximum.isEmpty()) {
                    problems.add("settings: stage " + id + ": maximum '" + stage.get("maximum").asText()
                            + "' is not a positive ISO-8601 period such as P90D");
                }
            }
            List<Pattern> sources = new ArrayList<>();
            for (String source : texts(stage.path("sources"))) {
                pattern(source, "settings: stage " + id + ": source", problems).ifPresent(sources::add);
            }
            stages.add(new StageRule(id, stage.path("title").asText(id), maximum, stage.path("why").asText(""),
                    texts(stage.path("databases")), texts(stage.path("schemas")), texts(stage.path("subtypes")),
                    sources));
        }
        return new PolicySettings(texts(node.path("personalData")), texts(node.path("dpiaAttributes")),
                texts(node.path("regionAttributes")), regionPattern.orElse(Pattern.compile("(?!)")), attributes,
                stages);
    }

    private static Optional<Pattern> pattern(String text, String label, List<String> problems) {
        try {
            return Optional.of(Pattern.compile(text));
        } catch (PatternSyntaxException e) {
            problems.add(label + " '" + text + "' is not a regular expression: " + e.getDescription());
            return Optional.empty();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
