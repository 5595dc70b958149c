package org.steward.model.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a check runs and the settings they share. The standard book ships in the resources module; rule files a
 * compliance person writes (same format, {@code settings} optional) add rules or replace rules with the same id.
 */
public final class RuleBook {
    public static final String RESOURCE = "/org/steward/resources/policy/rules.json";

    private final PolicySettings settings;
    private final List<PolicyRule> rules;

    public RuleBook(PolicySettings settings, List<PolicyRule> rules) {
        this.settings = settings;
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped with Steward. */
    public static RuleBook standard() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("policy rules not on the classpath: " + RESOURCE);
            }
            return new RuleBookParser().parse(in.readAllBytes(), "the standard rules", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the standard policy rules", e);
        }
    }

    /** Reads a rule file; its rules come on top of this book's, and its settings (if any) replace this book's. */
    public RuleBook plus(Path file) throws IOException {
        return plus(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** As {@link #plus(Path)}, for rule text kept elsewhere (a workspace's rule sets). */
    public RuleBook plus(String json, String origin) {
        RuleBook extra = new RuleBookParser().parse(json.getBytes(StandardCharsets.UTF_8), origin, settings);
        Map<String, PolicyRule> merged = new LinkedHashMap<>();
        rules.forEach(rule -> merged.put(rule.id(), rule));
        extra.rules.forEach(rule -> merged.put(rule.id(), rule));
        return new RuleBook(extra.settings, new ArrayList<>(merged.values()));
    }

    public PolicySettings settings() {
        return settings;
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public Optional<PolicyRule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
