package org.steward.model.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.model.demo.DemoBlueprint.Classification;
import org.steward.model.demo.DemoBlueprint.Term;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.ingest.OwnerRecord;
import org.steward.model.task.ProgressMonitor;

/**
 * Generates the demo catalog of Larkspur Retail: operational databases and event streams, lake zones, a
 * warehouse, feature views and dashboards, with lineage between them. Larger sizes add markets (EU, UK, US, …),
 * each with its own stack; the last market is a smaller subset that makes the total fit. The same size and seed
 * always give the same records in the same order.
 */
public final class DemoCatalogGenerator {

    public static final String ORIGIN = "demo:larkspur-retail";
    public static final long DEFAULT_SEED = 20_240_611L;
    public static final int DEFAULT_CHUNK_ENTITIES = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogGenerator.class);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final DemoBlueprint blueprint;
    private final long seed;
    private final int chunkEntities;
    private final DemoNames names;
    private final DemoOwners owners;
    private final DemoLineagePlanner planner;
    private final DemoNodeWriter writer;

    public DemoCatalogGenerator() {
        this(DemoBlueprint.load(), DEFAULT_SEED, DEFAULT_CHUNK_ENTITIES);
    }

    public DemoCatalogGenerator(long seed) {
        this(DemoBlueprint.load(), seed, DEFAULT_CHUNK_ENTITIES);
    }

    public DemoCatalogGenerator(DemoBlueprint blueprint, long seed, int chunkEntities) {
        if (chunkEntities < 100) {
            throw new IllegalArgumentException("chunks need room for at least 100 entities");
        }
        this.blueprint = blueprint;
        this.seed = seed;
        this.chunkEntities = chunkEntities;
        this.names = new DemoNames(blueprint.company());
        this.owners = new DemoOwners(blueprint);
        this.planner = new DemoLineagePlanner(blueprint, names);
        this.writer = new DemoNodeWriter(new SampleValueFaker(blueprint.vocabulary(), names), owners, names,
                blueprint.phrases());
    }

    /**
     * Streams the demo to {@code sink} in batches of at most the chunk size. Owners, glossary terms and
     * classification definitions come in the first batch; every batch refers only to entities of itself or of
     * earlier batches.
     */
    public void generate(DemoSize size, Consumer<CatalogBatch> sink) {
        generate(size, sink, ProgressMonitor.NONE);
    }

    /**
     * Like {@link #generate(DemoSize, Consumer)}, reporting entities emitted so far after each market and
     * checking for cancellation before each. Batches handed to the sink before a cancellation stay with the caller.
     *
     * @throws org.steward.model.task.CancelledException when the monitor was cancelled
     */
    public void generate(DemoSize size, Consumer<CatalogBatch> sink, ProgressMonitor monitor) {
        long start = System.nanoTime();
        int target = size.entities();
        int fullMarket = fullMarketCost();
        int markets = Math.max(1, (int) Math.ceil((double) target / fullMarket));
        DemoBatchBuffer buffer = new DemoBatchBuffer(ORIGIN, chunkEntities, sink, owners.records(), glossary(),
                definitions());
        int emitted = 0;
        for (int m = 0; m < markets; m++) {
            DemoMarket market = DemoMarket.of(m, blueprint.markets());
            monitor.checkCancelled();
            monitor.progress(emitted, target, "Generating demo market " + market.label());
            int budget = target - emitted;
            double fraction = m < markets - 1 ? 1.0 : (double) budget / fullMarket;
            emitted += writeMarket(market, fraction, budget, buffer);
        }
        buffer.flush();
        monitor.progress(emitted, emitted, "Demo catalog generated");
        LOG.info("Generated demo catalog: {} entities in {} markets, {} batches, {} ms", emitted, markets,
                buffer.batches(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The whole demo as one batch; meant for small sizes (everything is held in memory). */
    public CatalogBatch generateAll(DemoSize size) {
        List<OwnerRecord> ownerRecords = new ArrayList<>();
        List<GlossaryTermRecord> terms = new ArrayList<>();
        List<ClassificationDefinitionRecord> definitions = new ArrayList<>();
        List<EntityRecord> entities = new ArrayList<>();
        List<ClassificationRecord> classifications = new ArrayList<>();
        List<LineageEdgeRecord> lineage = new ArrayList<>();
        generate(size, batch -> {
            ownerRecords.addAll(batch.owners());
            terms.addAll(batch.glossaryTerms());
            definitions.addAll(batch.classificationDefinitions());
            entities.addAll(batch.entities());
            classifications.addAll(batch.classifications());
            lineage.addAll(batch.lineage());
        });
        return new CatalogBatch(ORIGIN, ownerRecords, terms, definitions, entities, classifications, lineage);
    }

    private int writeMarket(DemoMarket market, double fraction, int budget, DemoBatchBuffer buffer) {
        long marketSeed = seed * GOLDEN + market.index();
        List<PlannedNode> plan = planFitting(market, fraction, budget, marketSeed);
        SplittableRandom rnd = new SplittableRandom(marketSeed);
        double scale = market.index() == 0 ? 1.0 : 0.2 + rnd.nextDouble() * 1.3;
        Set<String> labelled = new HashSet<>();
        int used = 0;
        for (PlannedNode node : plan) {
            if (used + node.cost() > budget) {
                break;
            }
            buffer.add(writer.write(node, scale, labelled, rnd));
            used += node.cost();
        }
        return used;
    }

    /** A plan of the market with at least {@code budget} entities, or the whole market if that is smaller. */
    private List<PlannedNode> planFitting(DemoMarket market, double fraction, int budget, long marketSeed) {
        double share = Math.min(1.0, fraction);
        for (int attempt = 1; ; attempt++) {
            List<PlannedNode> plan = planner.plan(market, share, new SplittableRandom(marketSeed ^ (GOLDEN * attempt)));
            if (share >= 1.0 || cost(plan) >= budget) {
                return plan;
            }
            share = Math.min(1.0, share * 1.15);
        }
    }

    private static int cost(List<PlannedNode> plan) {
        int cost = 0;
        for (PlannedNode node : plan) {
            cost += node.cost();
        }
        return cost;
    }

    private int fullMarketCost() {
        return cost(planner.plan(DemoMarket.of(0, blueprint.markets()), 1.0, new SplittableRandom(seed)));
    }

    private List<GlossaryTermRecord> glossary() {
        List<GlossaryTermRecord> terms = new ArrayList<>();
        for (Term t : blueprint.glossary()) {
            terms.add(new GlossaryTermRecord(names.glossaryTerm(t.name()), t.name(), t.description()));
        }
        return terms;
    }

    private List<ClassificationDefinitionRecord> definitions() {
        List<ClassificationDefinitionRecord> defs = new ArrayList<>();
        for (Classification c : blueprint.classifications()) {
            defs.add(new ClassificationDefinitionRecord(c.name(), c.parent(), c.description(), c.sensitivity()));
        }
        return defs;
    }
}
