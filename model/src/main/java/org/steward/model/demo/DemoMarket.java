package org.steward.model.demo;

import java.util.List;
import java.util.Locale;
import org.steward.model.demo.DemoBlueprint.Market;

/**
 * One business unit of the demo company with its own operational stack. Beyond the named markets of the
 * blueprint, further replicas get numbered codes ({@code eu-2}) so benchmarks can grow without name clashes.
 */
record DemoMarket(int index, String code, String label) {

    static DemoMarket of(int index, List<Market> markets) {
        Market base = markets.get(index % markets.size());
        int round = index / markets.size();
        if (round == 0) {
            return new DemoMarket(index, base.code(), base.label());
        }
        return new DemoMarket(index, base.code() + "-" + (round + 1), base.label() + " " + (round + 1));
    }

    String upper() {
        return code.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    String snake() {
        return code.replace('-', '_');
    }
}
