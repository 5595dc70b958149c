package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.model.search.TestDocuments.dataset;
import static org.steward.model.search.TestDocuments.of;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.catalog.CatalogLocation;
import org.steward.model.catalog.EntityType;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

class LuceneSearchIndexTest {

    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private ListDocumentSource indexed(TestDocuments... documents) {
        List<SearchDocument> built = new ArrayList<>();
        for (TestDocuments document : documents) {
            built.add(document.build());
        }
        ListDocumentSource source = new ListDocumentSource(built);
        index.rebuild(source, 1, ProgressMonitor.NONE);
        return source;
    }

    private List<String> names(String text) {
        return names(SearchQuery.text(text));
    }

    private List<String> names(SearchQuery query) {
        return index.search(query).hits().stream().map(hit -> hit.entity().name()).collect(Collectors.toList());
    }

    private static SearchQuery query(String text, Set<String> classifications, CatalogLocation location,
            boolean suspectedOnly) {
        return new SearchQuery(text, Set.of(), Set.of(), classifications, Set.of(), location, suspectedOnly, 100);
    }

    @Test
    void ranksExactNameThenPrefixThenTokenThenQualifiedNameColumnGlossaryClassificationOwnerDescription() {
        indexed(
                dataset(9, "orders").description("Orders with the buyer email for receipts"),
                dataset(8, "prospects").owner("mkt", "Email Team"),
                dataset(7, "leads").classifications("PII.Email"),
                dataset(6, "contacts").glossary("Email Address"),
                dataset(5, "customers").columns("id", "email"),
                dataset(4, "audit").qualifiedName("mail.email.audit@x"),
                dataset(3, "customer_email_log"),
                dataset(2, "email_events"),
                dataset(1, "email"),
                dataset(10, "unrelated").description("nothing to see"));

        SearchResults results = index.search(SearchQuery.text("email"));

        assertThat(results.hits()).extracting(hit -> hit.entity().name()).containsExactly(
                "email", "email_events", "customer_email_log", "audit", "customers", "contacts", "leads",
                "prospects", "orders");
        assertThat(results.totalMatches()).isEqualTo(9);
        assertThat(results.hits()).extracting(SearchHit::matchedField).containsExactly(
                SearchField.NAME, SearchField.NAME, SearchField.NAME, SearchField.QUALIFIED_NAME,
                SearchField.COLUMN_NAME, SearchField.GLOSSARY_TERM, SearchField.CLASSIFICATION, SearchField.OWNER,
                SearchField.DESCRIPTION);
    }

    @Test
    void prefersDatasetsOnEqualRelevanceButExactColumnNameBeatsDatasetWithThatColumn() {
        indexed(
                of(1, EntityType.COLUMN, "email").parent(3),
                of(2, EntityType.PROCESS, "email"),
                dataset(3, "customers").columns("email"),
                dataset(4, "email"));

        assertThat(names("email")).containsExactly("email", "email", "email", "customers");
        assertThat(index.search(SearchQuery.text("email")).hits().get(0).entity().type())
                .isEqualTo(EntityType.DATASET);
        assertThat(index.search(SearchQuery.text("email")).hits().get(3).matchedField())
                .isEqualTo(SearchField.COLUMN_NAME);
    }

    @Test
    void putsShorterNamesFirstAndBreaksTiesByQualifiedName() {
        indexed(
                dataset(1, "customer_email_address_verified"),
                dataset(2, "customer_email").qualifiedName("z.customer_email"),
                dataset(3, "customer_email").qualifiedName("a.customer_email"));

        SearchResults results = index.search(SearchQuery.text("customer"));

        assertThat(results.hits()).extracting(hit -> hit.entity().qualifiedName())
                .containsExactly("a.customer_email", "z.customer_email",
                        "pg.sales.public.customer_email_address_verified@1");
    }

    @Test
    void matchesEveryTokenAsPrefixWhileTyping() {
        indexed(
                dataset(1, "customer_address"),
                dataset(2, "customerEmailHistory"),
                dataset(3, "customer_email"),
                dataset(4, "orders").columns("cust_id"));

        assertThat(names("cust")).containsExactly("customer_email", "customer_address", "customerEmailHistory",
                "orders");
        assertThat(names("customer_em")).containsExactly("customer_email", "customerEmailHistory");
        assertThat(names("emai")).containsExactly("customer_email", "customerEmailHistory");
        assertThat(names("em cust")).containsExactly("customer_email", "customerEmailHistory");
    }

    @Test
    void ranksShortPrefixesByNameThenColumnAndStillMatchesOtherFields() {
        indexed(
                dataset(1, "orders").description("one row per customer order"),
                dataset(2, "payments").columns("cust_ref"),
                dataset(3, "dim_customer"),
                dataset(4, "customers"),
                of(5, EntityType.COLUMN, "currency").parent(1));

        assertThat(names("cu")).containsExactly("customers", "currency", "dim_customer", "payments", "orders");
        assertThat(names("c")).startsWith("customers", "currency").hasSize(5);
        assertThat(index.search(SearchQuery.text("cu")).totalMatches()).isEqualTo(5);
    }

    @Test
    void smallLimitsGiveTheSameTopHitsAsLargeOnes() {
        List<TestDocuments> documents = new ArrayList<>();
        String[] names = {"customer", "customer_id", "customers", "dim_customer", "customer_email", "cust",
            "order_customer", "email", "email_log", "orders", "customerEmail", "cu_x", "currency", "user_id",
            "user", "id", "users_by_id"};
        for (int i = 0; i < names.length; i++) {
            EntityType type = EntityType.values()[i % EntityType.values().length];
            documents.add(of(i, type, names[i]).columns("customer_ref", "email").description("customer email id"));
        }
        indexed(documents.toArray(new TestDocuments[0]));

        for (String text : List.of("customer", "c", "cu", "email", "user id", "customer email", "id")) {
            List<Long> all = index.search(SearchQuery.text(text).withLimit(100)).hits().stream()
                    .map(hit -> hit.entity().id()).collect(Collectors.toList());
            for (int limit = 1; limit <= 4; limit++) {
                SearchResults few = index.search(SearchQuery.text(text).withLimit(limit));
                assertThat(few.hits()).as(text + " limit " + limit).extracting(hit -> hit.entity().id())
                        .containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
                assertThat(few.totalMatches()).isEqualTo(all.size());
            }
        }
    }

    @Test
    void searchesStayConsistentWhileUpdatesCommit() throws Exception {
        ListDocumentSource source = indexed(dataset(1, "orders"), dataset(2, "invoices"));
        Thread writer = new Thread(() -> {
            for (int generation = 2; generation < 40; generation++) {
                source.put(dataset(3, "refunds_" + generation).build());
                index.update(List.of(3L), source, generation);
            }
        });
        writer.start();
        for (int i = 0; i < 200; i++) {
            assertThat(index.search(SearchQuery.text("orders")).totalMatches()).isEqualTo(1);
        }
        writer.join();
        assertThat(names("refunds")).containsExactly("refunds_39");
        assertThat(index.generation()).isEqualTo(39);
    }

    @Test
    void splitsCamelCaseDotsSlashesAndDigitsAndIgnoresCaseAndAccents() {
        indexed(
                dataset(1, "customerEmail"),
                dataset(2, "HTTPServerLog"),
                dataset(3, "raw/events.v2-daily"),
                dataset(4, "Café_Orders"));

        assertThat(names("email")).containsExactly("customerEmail");
        assertThat(names("Customer Email")).containsExactly("customerEmail");
        assertThat(names("server")).containsExactly("HTTPServerLog");
        assertThat(names("http")).containsExactly("HTTPServerLog");
        assertThat(names("daily")).containsExactly("raw/events.v2-daily");
        assertThat(names("v 2")).containsExactly("raw/events.v2-daily");
        assertThat(names("CAFE")).containsExactly("Café_Orders");
        assertThat(names("café orders")).containsExactly("Café_Orders");
    }

    @Test
    void requiresEveryTokenButEachMayMatchAnyField() {
        indexed(
                dataset(1, "customers").columns("email"),
                dataset(2, "customers").columns("phone"),
                dataset(3, "email"));

        assertThat(index.search(SearchQuery.text("customers email")).hits())
                .extracting(hit -> hit.entity().id()).containsExactly(1L);
    }

    @Test
    void filtersByClassificationIncludingItsChildren() {
        indexed(
                dataset(1, "a").classifications("PII.Email"),
                dataset(2, "b").classifications("PII"),
                dataset(3, "c").classifications("Finance.Confidential"),
                dataset(4, "d").classifications("PIIX"));

        assertThat(names(query("", Set.of("PII"), CatalogLocation.ALL, false))).containsExactly("a", "b");
        assertThat(names(query("", Set.of("pii.email"), CatalogLocation.ALL, false))).containsExactly("a");
        assertThat(names(query("", Set.of("PII.Email", "Finance"), CatalogLocation.ALL, false)))
                .containsExactly("a", "c");
    }

    @Test
    void filtersByLocationPrefix() {
        indexed(
                dataset(1, "a").location("pg", "sales", "public"),
                dataset(2, "b").location("pg", "sales", "staging"),
                dataset(3, "c").location("pg", "hr", "public"),
                dataset(4, "d").location("lake", "sales", "public"));

        assertThat(names(query("", Set.of(), CatalogLocation.source("pg"), false))).containsExactly("a", "b", "c");
        assertThat(names(query("", Set.of(), new CatalogLocation("pg", "sales", ""), false)))
                .containsExactly("a", "b");
        assertThat(names(query("", Set.of(), new CatalogLocation("pg", "sales", "public"), false)))
                .containsExactly("a");
    }

    @Test
    void filtersSuspectedUnclassifiedTypesSourcesAndOwners() {
        indexed(
                dataset(1, "a").suspected().owner("ann", "Ann Lee Data"),
                dataset(2, "b").location("lake", "raw", "").owner("bob", "Bob"),
                of(3, EntityType.COLUMN, "c").suspected());

        assertThat(names(query("", Set.of(), CatalogLocation.ALL, true))).containsExactly("a", "c");
        assertThat(names(SearchQuery.text("").withTypes(Set.of(EntityType.COLUMN)))).containsExactly("c");
        assertThat(names(new SearchQuery("", Set.of(), Set.of("lake"), Set.of(), Set.of(), null, false, 10)))
                .containsExactly("b");
        assertThat(names(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of("ann"), null, false, 10)))
                .containsExactly("a");
    }

    @Test
    void blankQueryListsDatasetsDashboardsProcessesColumnsEachByName() {
        indexed(
                of(1, EntityType.COLUMN, "x"),
                of(2, EntityType.PROCESS, "p"),
                dataset(3, "beta"),
                of(4, EntityType.DASHBOARD, "board"),
                dataset(5, "Alpha"));

        SearchResults results = index.search(SearchQuery.text("  "));

        assertThat(results.hits()).extracting(hit -> hit.entity().name())
                .containsExactly("Alpha", "beta", "board", "p", "x");
        assertThat(results.hits().get(0).matchedField()).isNull();
    }

    @Test
    void countsAllMatchesButReturnsOnlyTheLimit() {
        List<TestDocuments> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(dataset(i, "orders_" + i));
        }
        indexed(many.toArray(new TestDocuments[0]));

        SearchResults results = index.search(SearchQuery.text("ord").withLimit(5));

        assertThat(results.hits()).hasSize(5);
        assertThat(results.totalMatches()).isEqualTo(30);
        assertThat(results.truncated()).isTrue();
    }

    @Test
    void highlightsNameAndMatchedColumn() {
        indexed(
                dataset(1, "customer_email"),
                dataset(2, "customers").columns("id", "primary_email"));

        List<SearchHit> hits = index.search(SearchQuery.text("emai")).hits();

        assertThat(hits.get(0).highlightsOf(SearchField.NAME)).containsExactly(new TextSpan(9, 13));
        assertThat(hits.get(1).matchedField()).isEqualTo(SearchField.COLUMN_NAME);
        assertThat(hits.get(1).matchedText()).isEqualTo("primary_email");
        assertThat(hits.get(1).highlightsOf(SearchField.COLUMN_NAME)).containsExactly(new TextSpan(8, 12));
        assertThat(hits.get(1).highlightsOf(SearchField.NAME)).isEmpty();
    }

    @Test
    void givesADescriptionSnippetWithSpansRelativeToIt() {
        String description = "x".repeat(300) + " the customer ledger " + "y".repeat(300);
        indexed(dataset(1, "ledger_2024").description(description), dataset(2, "other"));

        SearchHit hit = index.search(SearchQuery.text("customer")).hits().get(0);

        assertThat(hit.matchedField()).isEqualTo(SearchField.DESCRIPTION);
        assertThat(hit.matchedText()).hasSizeLessThanOrEqualTo(160).contains("customer");
        TextSpan span = hit.highlightsOf(SearchField.DESCRIPTION).get(0);
        assertThat(hit.matchedText().substring(span.start(), span.end())).isEqualTo("customer");
    }

    @Test
    void rebuildsTheEntityAndBadgesFromTheIndex() {
        SearchDocument document = dataset(42, "orders").parent(7).description("All orders").owner("ann", "Ann")
                .classifications("PII.Email", "Finance").build();
        index.rebuild(new ListDocumentSource(List.of(document)), 3, ProgressMonitor.NONE);

        SearchHit hit = index.search(SearchQuery.text("orders")).hits().get(0);

        assertThat(hit.entity()).isEqualTo(document.entity());
        assertThat(hit.classifications()).containsExactly("PII.Email", "Finance");
        assertThat(index.classifications()).containsExactly("Finance", "PII.Email");
        assertThat(index.sources()).containsExactly("pg");
        assertThat(index.owners()).containsExactly("ann");
    }

    @Test
    void updatesChangedDocumentsAndDeletesVanishedOnes() {
        ListDocumentSource source = indexed(dataset(1, "orders"), dataset(2, "invoices"), dataset(3, "refunds"));
        source.put(dataset(1, "purchase_orders").build());
        source.remove(2);

        index.update(List.of(1L, 2L), source, 5);

        assertThat(names("")).containsExactly("purchase_orders", "refunds");
        assertThat(names("invoices")).isEmpty();
        assertThat(index.search(SearchQuery.text("purchase")).totalMatches()).isEqualTo(1);
        assertThat(index.generation()).isEqualTo(5);
    }

    @Test
    void keepsTheGenerationAcrossCloseAndOpen(@TempDir Path directory) throws Exception {
        try (LuceneSearchIndex fresh = LuceneSearchIndex.open(directory.resolve("index"))) {
            assertThat(fresh.generation()).isEqualTo(-1);
            fresh.rebuild(new ListDocumentSource(List.of(dataset(1, "orders").build())), 7, ProgressMonitor.NONE);
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(directory.resolve("index"))) {
            assertThat(reopened.generation()).isEqualTo(7);
            assertThat(reopened.search(SearchQuery.text("ord")).hits()).hasSize(1);
        }
    }

    @Test
    void replacesAnUnreadableIndexByAnEmptyOne(@TempDir Path directory) throws Exception {
        Path indexDirectory = directory.resolve("index");
        Files.createDirectories(indexDirectory);
        Files.write(indexDirectory.resolve("segments_1"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        try (LuceneSearchIndex recovered = LuceneSearchIndex.open(indexDirectory)) {
            assertThat(recovered.generation()).isEqualTo(-1);
            recovered.rebuild(new ListDocumentSource(List.of(dataset(1, "orders").build())), 2, ProgressMonitor.NONE);
            assertThat(recovered.search(SearchQuery.text("orders")).totalMatches()).isEqualTo(1);
        }
    }

    @Test
    void cancelledRebuildKeepsThePreviousIndex() {
        indexed(dataset(1, "orders"));
        ListDocumentSource replacement = new ListDocumentSource(List.of(dataset(2, "invoices").build()));
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> index.rebuild(replacement, 2, cancelled)).isInstanceOf(CancelledException.class);

        assertThat(names("")).containsExactly("orders");
        assertThat(index.generation()).isEqualTo(1);
        index.rebuild(replacement, 3, ProgressMonitor.NONE);
        assertThat(names("")).containsExactly("invoices");
    }
}
