package org.steward.model.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;

/**
 * Builds the Lucene query and sort for a {@link SearchQuery}. Every clause scores a constant, and the weights are
 * tiered so that a higher tier always beats the sum of all lower ones: exact name, name prefix, name token,
 * qualified name, column, glossary term, classification, owner, description. In the name, a token matched as a
 * prefix scores 0.8 of a whole-token match (other fields do not tell the two apart, which halves their clauses).
 * Equal scores are ordered datasets first (then dashboards, processes, columns), shorter names first, then by
 * qualified name.
 */
final class QueryFactory {

    static final float EXACT_NAME = 100_000f;
    static final float NAME_PREFIX = 50_000f;
    static final float PREFIX_FACTOR = 0.8f;
    /**
     * Datasets and dashboards are what stewards look for first: "customer" should put the customers table above
     * the customer_id columns. The bonus outweighs a prefix-versus-whole-token difference in the name but stays
     * below the gap between the name and qualified-name tiers.
     */
    static final float DATASET_BONUS = 4_500f;
    static final float DASHBOARD_BONUS = 3_000f;
    private static final Map<SearchField, Float> FIELD_WEIGHTS = fieldWeights();
    private static final Sort TIE_ORDER = new Sort(
            new SortField(IndexFields.TYPE_RANK, SortField.Type.LONG),
            new SortField(IndexFields.NAME_LENGTH, SortField.Type.LONG),
            new SortField(IndexFields.QUALIFIED_NAME_SORT, SortField.Type.STRING));
    private static final Sort BY_TYPE_AND_NAME = new Sort(
            new SortField(IndexFields.TYPE_RANK, SortField.Type.LONG),
            new SortField(IndexFields.NAME_SORT, SortField.Type.STRING),
            new SortField(IndexFields.QUALIFIED_NAME_SORT, SortField.Type.STRING));

    private QueryFactory() {
    }

    /** Ranks: the {@link #matching} filter plus optional clauses that only score. */
    static Query query(SearchQuery search, List<String> tokens) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(matching(search, tokens), tokens.isEmpty() ? Occur.MUST : Occur.FILTER);
        if (!tokens.isEmpty()) {
            for (String token : tokens) {
                query.add(tokenScore(token, tokens.size()), Occur.SHOULD);
            }
            query.add(constant(new TermQuery(new Term(IndexFields.TYPE, EntityType.DATASET.name())),
                    DATASET_BONUS / tokens.size()), Occur.SHOULD);
            query.add(constant(new TermQuery(new Term(IndexFields.TYPE, EntityType.DASHBOARD.name())),
                    DASHBOARD_BONUS / tokens.size()), Occur.SHOULD);
            String key = String.join(" ", tokens);
            query.add(constant(new TermQuery(new Term(IndexFields.NAME_KEY, key)), EXACT_NAME), Occur.SHOULD);
            query.add(constant(prefixQuery(IndexFields.NAME_KEY, key), NAME_PREFIX), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Sets of documents that each outscore every document outside them, best first: names starting with the query,
     * then (for one or two tokens) names containing every token. When one of them holds enough matches, the top hits
     * can be looked for inside it alone.
     */
    static List<Query> leadingTiers(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Query namePrefix = prefixQuery(IndexFields.NAME_KEY, String.join(" ", tokens));
        if (tokens.size() > 2) {
            return List.of(namePrefix);
        }
        BooleanQuery.Builder allInName = new BooleanQuery.Builder();
        for (String token : tokens) {
            allInName.add(prefixQuery(IndexFields.NAME, token), Occur.FILTER);
        }
        return List.of(namePrefix, allInName.build());
    }

    static Query restrict(Query query, Query tier) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(tier, Occur.FILTER).build();
    }

    /** What matches, without scores: every token as a prefix of some field's token, and the filters. */
    static Query matching(SearchQuery search, List<String> tokens) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (tokens.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String token : tokens) {
            query.add(new PrefixQuery(new Term(IndexFields.ALL_TOKENS, token)), Occur.FILTER);
        }
        addFilters(query, search);
        return query.build();
    }

    /** The order of a blank query's results. */
    static Sort blankOrder() {
        return BY_TYPE_AND_NAME;
    }

    /**
     * How equal scores are ordered: datasets first, shorter names, then qualified name. The index is sorted this
     * way (see {@link RankedTopDocs}); changing it needs a rebuild of existing indexes.
     */
    static Sort tieOrder() {
        return TIE_ORDER;
    }

    static float weight(SearchField field) {
        return FIELD_WEIGHTS.get(field);
    }

    /**
     * The best field a token matches, weighted. A short token (still being typed) scores only in the identifier
     * fields, by their marked prefix terms; it still has to match somewhere (see {@link #matching}).
     */
    private static Query tokenScore(String token, int tokenCount) {
        boolean shortToken = token.length() <= IndexFields.SHORT_PREFIX_LENGTH;
        List<Query> alternatives = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            String name = IndexFields.textField(field);
            float weight = weight(field) / tokenCount;
            if (shortToken && !IndexFields.hasShortPrefixes(name)) {
                continue;
            }
            float prefixWeight = field == SearchField.NAME ? weight * PREFIX_FACTOR : weight;
            alternatives.add(constant(prefixQuery(name, token), prefixWeight));
            if (field == SearchField.NAME) {
                alternatives.add(constant(new TermQuery(new Term(name, token)), weight));
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** Terms starting with a prefix: one marked term for a short prefix, else a prefix expansion. */
    private static Query prefixQuery(String field, String prefix) {
        return prefix.length() <= IndexFields.SHORT_PREFIX_LENGTH
                ? new TermQuery(new Term(field, IndexFields.shortPrefix(prefix)))
                : new PrefixQuery(new Term(field, prefix));
    }

    private static void addFilters(BooleanQuery.Builder query, SearchQuery search) {
        if (!search.types().isEmpty()) {
            query.add(anyOf(IndexFields.TYPE, search.types().stream().map(EntityType::name)
                    .collect(Collectors.toList())), Occur.FILTER);
        }
        if (!search.sources().isEmpty()) {
            query.add(anyOf(IndexFields.SOURCE, search.sources()), Occur.FILTER);
        }
        if (!search.classifications().isEmpty()) {
            List<String> paths = search.classifications().stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
            query.add(anyOf(IndexFields.CLASSIFICATION_PATH, paths), Occur.FILTER);
        }
        if (!search.owners().isEmpty()) {
            query.add(anyOf(IndexFields.OWNER_ID, search.owners()), Occur.FILTER);
        }
        addLocation(query, search.location());
        if (search.suspectedUnclassifiedOnly()) {
            query.add(new TermQuery(new Term(IndexFields.SUSPECTED, IndexFields.TRUE)), Occur.FILTER);
        }
    }

    private static void addLocation(BooleanQuery.Builder query, CatalogLocation location) {
        if (!location.source().isEmpty()) {
            query.add(new TermQuery(new Term(IndexFields.SOURCE, location.source())), Occur.FILTER);
        }
        if (!location.database().isEmpty()) {
            query.add(new TermQuery(new Term(IndexFields.DATABASE, location.database())), Occur.FILTER);
        }
        if (!location.schema().isEmpty()) {
            query.add(new TermQuery(new Term(IndexFields.SCHEMA, location.schema())), Occur.FILTER);
        }
    }

    private static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).collect(Collectors.toList());
        return new TermInSetQuery(field, terms);
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Map<SearchField, Float> fieldWeights() {
        Map<SearchField, Float> weights = new EnumMap<>(SearchField.class);
        weights.put(SearchField.NAME, 20_000f);
        weights.put(SearchField.QUALIFIED_NAME, 10_000f);
        weights.put(SearchField.COLUMN_NAME, 5_000f);
        weights.put(SearchField.GLOSSARY_TERM, 2_500f);
        weights.put(SearchField.CLASSIFICATION, 1_200f);
        weights.put(SearchField.OWNER, 600f);
        weights.put(SearchField.DESCRIPTION, 300f);
        return weights;
    }
}
