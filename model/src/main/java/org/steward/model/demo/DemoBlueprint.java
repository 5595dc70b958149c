package org.steward.model.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The demo company as content: people, systems, table templates, glossary and classifications. Read from
 * {@code org/steward/resources/demo/blueprint.json} in the resources module.
 */
public record DemoBlueprint(
        Company company,
        List<Market> markets,
        List<Team> teams,
        List<Person> people,
        List<Classification> classifications,
        List<Term> glossary,
        Vocabulary vocabulary,
        Phrases phrases,
        List<ColumnTemplate> commonColumns,
        List<SourceSystem> systems,
        List<SourceTemplate> sources,
        List<ModelTemplate> models,
        List<DashboardTemplate> dashboards) {

    public static final String RESOURCE = "/org/steward/resources/demo/blueprint.json";

    public DemoBlueprint {
        markets = nonNull(markets);
        teams = nonNull(teams);
        people = nonNull(people);
        classifications = nonNull(classifications);
        glossary = nonNull(glossary);
        commonColumns = nonNull(commonColumns);
        systems = nonNull(systems);
        sources = nonNull(sources);
        models = nonNull(models);
        dashboards = nonNull(dashboards);
    }

    /** Reads the blueprint shipped in the resources module. */
    public static DemoBlueprint load() {
        try (InputStream in = DemoBlueprint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo blueprint not on the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo blueprint", e);
        }
    }

    public static DemoBlueprint read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return mapper.readValue(in, DemoBlueprint.class);
    }

    public SourceSystem system(String id) {
        return systems.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown source system " + id));
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record Company(String name, String slug, String domain, String glossary, String gitBase) {
    }

    public record Market(String code, String label) {
    }

    public record Team(String id, String name) {
    }

    public record Person(String id, String name, String team, boolean group) {
    }

    public record Classification(String name, String parent, String description, int sensitivity) {
    }

    public record Term(String name, String description) {
    }

    public record City(String city, String country, String postcode, double lat, double lon) {
    }

    public record Vocabulary(List<String> firstNames, List<String> lastNames, List<String> emailDomains,
                             List<String> streets, List<City> cities, List<String> productAdjectives,
                             List<String> productNouns, List<String> categories, List<String> companies,
                             List<String> jobTitles, List<String> searchQueries, List<String> userAgents,
                             List<String> diagnoses, List<String> freeText) {
    }

    public record Phrases(List<String> raw, List<String> clean, List<String> staging, Map<String, String> process) {
        public Phrases {
            raw = nonNull(raw);
            clean = nonNull(clean);
            staging = nonNull(staging);
            process = process == null ? Map.of() : Map.copyOf(process);
        }
    }

    public record SourceSystem(String id, String kind, String host, String database, String ingest, String format,
                               String tool) {
    }

    /** A column as the blueprint writes it; {@code from} holds {@code input.column} references of a model. */
    public record ColumnTemplate(String name, String type, String kind, String desc, String classification,
                                 List<String> terms, boolean key, String rename, List<String> values,
                                 List<String> from, String transform) {
        @JsonCreator
        public ColumnTemplate(
                @JsonProperty("name") String name,
                @JsonProperty("type") String type,
                @JsonProperty("kind") String kind,
                @JsonProperty("desc") String desc,
                @JsonProperty("class") String classification,
                @JsonProperty("terms") List<String> terms,
                @JsonProperty("key") boolean key,
                @JsonProperty("rename") String rename,
                @JsonProperty("values") List<String> values,
                @JsonProperty("from") List<String> from,
                @JsonProperty("transform") String transform) {
            this.name = name;
            this.type = type;
            this.kind = kind == null ? "text" : kind;
            this.desc = desc == null ? "" : desc;
            this.classification = classification == null ? "" : classification;
            this.terms = nonNull(terms);
            this.key = key;
            this.rename = rename == null ? name : rename;
            this.values = nonNull(values);
            this.from = nonNull(from);
            this.transform = transform == null ? "" : transform;
        }
    }

    public record SourceTemplate(String id, String system, String schema, String name, String subtype, String team,
                                 long rows, String entity, Double presence, List<String> terms,
                                 List<String> classes, List<String> descriptions, List<ColumnTemplate> columns) {
        public SourceTemplate {
            subtype = subtype == null ? "table" : subtype;
            presence = presence == null ? 1.0 : presence;
            terms = nonNull(terms);
            classes = nonNull(classes);
            descriptions = nonNull(descriptions);
            columns = nonNull(columns);
        }
    }

    public record ModelTemplate(String id, String layer, String name, String team, List<String> inputs,
                                List<String> terms, List<String> classes, List<String> descriptions,
                                List<ColumnTemplate> columns) {
        public ModelTemplate {
            inputs = nonNull(inputs);
            terms = nonNull(terms);
            classes = nonNull(classes);
            descriptions = nonNull(descriptions);
            columns = nonNull(columns);
        }
    }

    public record DashboardTemplate(String id, String tool, String folder, String name, String team,
                                    List<String> inputs, int viewers, String description) {
        public DashboardTemplate {
            inputs = nonNull(inputs);
            description = description == null ? "" : description;
        }
    }
}
