package org.steward.model.search;

import java.util.Map;
import org.steward.model.catalog.EntityType;

/** Names of the Lucene fields of the search index, and which text field holds each {@link SearchField}. */
final class IndexFields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TYPE_RANK = "type_rank";
    static final String SUBTYPE = "subtype";
    static final String NAME = "name";
    static final String NAME_KEY = "name_key";
    static final String NAME_LENGTH = "name_len";
    static final String NAME_SORT = "name_sort";
    static final String QUALIFIED_NAME = "qn";
    static final String QUALIFIED_NAME_SORT = "qn_sort";
    static final String SOURCE = "source";
    static final String DATABASE = "database";
    static final String SCHEMA = "schema";
    static final String PARENT = "parent";
    static final String PARENT_NAME = "parent_name";
    static final String DESCRIPTION = "description";
    static final String OWNER_ID = "owner_id";
    static final String OWNER_TEXT = "owner";
    static final String DATA_TYPE = "data_type";
    static final String COLUMNS = "columns";
    static final String GLOSSARY = "glossary";
    static final String CLASSIFICATION = "class";
    static final String CLASSIFICATION_NAME = "class_name";
    static final String CLASSIFICATION_PATH = "class_path";
    static final String SUSPECTED = "suspected";
    /** Every distinct token of every text field: what decides whether a document matches at all. */
    static final String ALL_TOKENS = "all";
    /** Marks a term that is a short prefix of a token, indexed for the name and column fields. */
    static final char SHORT_PREFIX = '\u0001';
    /** Query tokens up to this length score by one marked term; longer ones by prefix expansion. */
    static final int SHORT_PREFIX_LENGTH = 3;
    static final String TRUE = "1";
    static final String GENERATION = "steward.generation";
    static final String FORMAT = "steward.format";
    /** Raise whenever documents gain, lose or change fields: older indexes are then rebuilt on open. */
    static final String FORMAT_VERSION = "3";

    private static final Map<SearchField, String> TEXT_FIELDS = Map.of(
            SearchField.NAME, NAME,
            SearchField.QUALIFIED_NAME, QUALIFIED_NAME,
            SearchField.COLUMN_NAME, COLUMNS,
            SearchField.GLOSSARY_TERM, GLOSSARY,
            SearchField.CLASSIFICATION, CLASSIFICATION,
            SearchField.OWNER, OWNER_TEXT,
            SearchField.DESCRIPTION, DESCRIPTION);

    private IndexFields() {
    }

    /** The marked term that finds a short query token as a prefix of a token. */
    static String shortPrefix(String token) {
        return SHORT_PREFIX + token;
    }

    /** Whether a text field also holds its tokens' short prefixes (name and columns only: they are short). */
    static boolean hasShortPrefixes(String field) {
        return NAME.equals(field) || COLUMNS.equals(field);
    }

    static String textField(SearchField field) {
        return TEXT_FIELDS.get(field);
    }

    /** Blank-query order: datasets, dashboards, processes, columns. */
    static long typeRank(EntityType type) {
        switch (type) {
            case DATASET:
                return 0;
            case DASHBOARD:
                return 1;
            case PROCESS:
                return 2;
            default:
                return 3;
        }
    }
}
