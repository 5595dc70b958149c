package org.steward.model.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityType;

/** Turns a {@link SearchDocument} into a Lucene document and a hit's stored fields back into an entry. */
final class DocumentMapper {

    private static final FieldType INDEXED_TEXT = indexedTextType();

    private DocumentMapper() {
    }

    static Document toLucene(SearchDocument source) {
        Entity entity = source.entity();
        Document doc = new Document();
        Set<String> allTokens = new HashSet<>();
        doc.add(new StringField(IndexFields.ID, Long.toString(entity.id()), Field.Store.YES));
        doc.add(new StringField(IndexFields.TYPE, entity.type().name(), Field.Store.YES));
        doc.add(new NumericDocValuesField(IndexFields.TYPE_RANK, IndexFields.typeRank(entity.type())));
        addStored(doc, IndexFields.SUBTYPE, entity.subtype());
        List<TextTokens.Token> nameTokens = addText(doc, IndexFields.NAME, entity.name(), allTokens);
        addNameKey(doc, nameTokens);
        doc.add(new NumericDocValuesField(IndexFields.NAME_LENGTH, entity.name().length()));
        doc.add(new SortedDocValuesField(IndexFields.NAME_SORT, new BytesRef(entity.name().toLowerCase(Locale.ROOT))));
        addText(doc, IndexFields.QUALIFIED_NAME, entity.qualifiedName(), allTokens);
        doc.add(new SortedDocValuesField(IndexFields.QUALIFIED_NAME_SORT, new BytesRef(entity.qualifiedName())));
        doc.add(new StringField(IndexFields.SOURCE, nullToEmpty(entity.source()), Field.Store.YES));
        doc.add(new StringField(IndexFields.DATABASE, entity.database(), Field.Store.YES));
        doc.add(new StringField(IndexFields.SCHEMA, entity.schema(), Field.Store.YES));
        if (entity.parentId() != null) {
            doc.add(new StoredField(IndexFields.PARENT, entity.parentId()));
        }
        addStored(doc, IndexFields.PARENT_NAME, source.parentName());
        addText(doc, IndexFields.DESCRIPTION, entity.description(), allTokens);
        doc.add(new StringField(IndexFields.OWNER_ID, entity.owner(), Field.Store.YES));
        addText(doc, IndexFields.OWNER_TEXT, source.ownerText(), allTokens);
        addStored(doc, IndexFields.DATA_TYPE, entity.dataType());
        addTexts(doc, IndexFields.COLUMNS, source.columnNames(), allTokens);
        addTexts(doc, IndexFields.GLOSSARY, source.glossaryTerms(), allTokens);
        addClassifications(doc, source.classifications(), allTokens);
        doc.add(new Field(IndexFields.ALL_TOKENS, new TermSetTokenStream(allTokens), INDEXED_TEXT));
        if (source.suspectedUnclassified()) {
            doc.add(new StringField(IndexFields.SUSPECTED, IndexFields.TRUE, Field.Store.NO));
        }
        return doc;
    }

    static IndexedEntry fromLucene(Document doc) {
        IndexableField parent = doc.getField(IndexFields.PARENT);
        Entity entity = new Entity(
                Long.parseLong(doc.get(IndexFields.ID)),
                EntityType.valueOf(doc.get(IndexFields.TYPE)),
                doc.get(IndexFields.SUBTYPE),
                nullToEmpty(doc.get(IndexFields.QUALIFIED_NAME)),
                nullToEmpty(doc.get(IndexFields.NAME)),
                doc.get(IndexFields.SOURCE),
                doc.get(IndexFields.DATABASE),
                doc.get(IndexFields.SCHEMA),
                parent == null ? null : parent.numericValue().longValue(),
                doc.get(IndexFields.DESCRIPTION),
                doc.get(IndexFields.OWNER_ID),
                doc.get(IndexFields.DATA_TYPE));
        String ownerText = doc.get(IndexFields.OWNER_TEXT);
        return new IndexedEntry(entity, List.of(doc.getValues(IndexFields.COLUMNS)),
                List.of(doc.getValues(IndexFields.CLASSIFICATION)), List.of(doc.getValues(IndexFields.GLOSSARY)),
                ownerText == null ? "" : ownerText, doc.get(IndexFields.PARENT_NAME));
    }

    /** "PII.Email.Work" is found by the filters "PII", "PII.Email" and "PII.Email.Work", case-insensitively. */
    static List<String> classificationPaths(String classification) {
        List<String> paths = new ArrayList<>();
        String lower = classification.toLowerCase(Locale.ROOT);
        for (int dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
            paths.add(lower.substring(0, dot));
        }
        paths.add(lower);
        return paths;
    }

    /** The name's tokens joined, and its short prefixes marked, for the exact and prefix name tiers. */
    private static void addNameKey(Document doc, List<TextTokens.Token> nameTokens) {
        StringBuilder key = new StringBuilder();
        for (TextTokens.Token token : nameTokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(token.text());
        }
        doc.add(new StringField(IndexFields.NAME_KEY, key.toString(), Field.Store.NO));
        for (int length = 1; length <= Math.min(key.length(), IndexFields.SHORT_PREFIX_LENGTH); length++) {
            String prefix = IndexFields.shortPrefix(key.substring(0, length));
            doc.add(new StringField(IndexFields.NAME_KEY, prefix, Field.Store.NO));
        }
    }

    private static void addClassifications(Document doc, List<String> classifications, Set<String> allTokens) {
        Set<String> paths = new HashSet<>();
        addTexts(doc, IndexFields.CLASSIFICATION, classifications, allTokens);
        for (String classification : classifications) {
            doc.add(new StringField(IndexFields.CLASSIFICATION_NAME, classification, Field.Store.NO));
            paths.addAll(classificationPaths(classification));
        }
        paths.forEach(path -> doc.add(new StringField(IndexFields.CLASSIFICATION_PATH, path, Field.Store.NO)));
    }

    /** Stores the text, indexes its tokens in the field and adds them to the document's set of all tokens. */
    private static List<TextTokens.Token> addText(Document doc, String field, String value, Set<String> allTokens) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<TextTokens.Token> tokens = TextTokens.split(value);
        doc.add(new StoredField(field, value));
        doc.add(new Field(field, new TokenListStream(tokens, IndexFields.hasShortPrefixes(field)), INDEXED_TEXT));
        for (TextTokens.Token token : tokens) {
            allTokens.add(token.text());
        }
        return tokens;
    }

    /** Like {@link #addText} for a multi-valued field, with one token stream for all its values. */
    private static void addTexts(Document doc, String field, List<String> values, Set<String> allTokens) {
        if (values.isEmpty()) {
            return;
        }
        List<TextTokens.Token> tokens = new ArrayList<>();
        for (String value : values) {
            doc.add(new StoredField(field, value));
            tokens.addAll(TextTokens.split(value));
        }
        doc.add(new Field(field, new TokenListStream(tokens, IndexFields.hasShortPrefixes(field)), INDEXED_TEXT));
        for (TextTokens.Token token : tokens) {
            allTokens.add(token.text());
        }
    }

    private static void addStored(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static FieldType indexedTextType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }
}
