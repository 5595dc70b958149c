package org.steward.model.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** One evaluation's view of the catalog, with what several rules derive from it worked out once. */
public final class PolicyContext {
    private final PolicyCatalog catalog;
    private final PolicySettings settings;
    private final PersonalData personal;
    private final RetentionResolver retention;
    private final Map<Long, Optional<String>> regions = new HashMap<>();
    private final Map<Long, RetentionVerdict> verdicts = new HashMap<>();
    private List<DataFlow> flows;

    public PolicyContext(PolicyCatalog catalog, PersonalData personal, PolicySettings settings) {
        this.catalog = catalog;
        this.settings = settings;
        this.personal = personal;
        this.retention = new RetentionResolver(personal, settings);
    }

    public PolicyCatalog catalog() {
        return catalog;
    }

    public PolicySettings settings() {
        return settings;
    }

    public PersonalData personal() {
        return personal;
    }

    public RetentionVerdict retention(EntityFacts entity) {
        return verdicts.computeIfAbsent(entity.id(), id -> retention.verdict(entity));
    }

    /** Every flow of personal data into a classified dataset, found once per evaluation. */
    public List<DataFlow> flows() {
        if (flows == null) {
            flows = new PersonalDataFlows(catalog, personal).flows();
        }
        return flows;
    }

    /**
     * The region an entity's data lives in: from a region attribute, else from its source or database name (the
     * rule book's region pattern, e.g. {@code pg-prod-eu}, {@code ANALYTICS_EU}); empty when neither says.
     */
    public Optional<String> region(EntityFacts entity) {
        return regions.computeIfAbsent(entity.id(), id -> {
            for (String attribute : settings.regionAttributes()) {
                Optional<String> found = regionIn(entity.attributes().getOrDefault(attribute, ""));
                if (found.isPresent()) {
                    return found;
                }
            }
            return regionIn(entity.source()).or(() -> regionIn(entity.database()));
        });
    }

    private Optional<String> regionIn(String text) {
        Matcher matcher = settings.regionPattern().matcher(text.toLowerCase(Locale.ROOT));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Violation violation(PolicyRule rule, EntityFacts entity, String message, List<String> evidence,
                               FixKind fix) {
        return new Violation(rule.id(), rule.title(), rule.severity(), entity.id(), entity.qualifiedName(),
                entity.name(), entity.source(), entity.owner(), message, evidence, fix);
    }
}
