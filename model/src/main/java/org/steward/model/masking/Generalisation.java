package org.steward.model.masking;

/** Keeps a coarse version of the value (year, area, age band, network); a value of no known shape is redacted. */
public record Generalisation(Granularity granularity) implements MaskingFunction {

    public Generalisation {
        if (granularity == null) {
            throw new IllegalArgumentException("a generalisation needs a granularity");
        }
    }

    @Override
    public String apply(String value, MaskingSalt salt) {
        if (value == null) {
            return null;
        }
        if (granularity == Granularity.AGE_BAND) {
            return ageBand(value);
        }
        return granularity.shapes().stream().filter(shape -> shape.matches(value)).findFirst()
                .map(shape -> shape.apply(value)).orElse(REDACTED);
    }

    private static String ageBand(String value) {
        if (!value.matches(Granularity.AGE_SHAPE)) {
            return REDACTED;
        }
        int age = Integer.parseInt(value);
        if (age >= Granularity.OLDEST_BAND) {
            return Granularity.OLDEST_BAND + "+";
        }
        int low = age / Granularity.BAND * Granularity.BAND;
        return low + "-" + (low + Granularity.BAND - 1);
    }

    @Override
    public String id() {
        return "generalise-" + granularity.id();
    }

    @Override
    public String label() {
        return granularity.label();
    }

    @Override
    public int strictness() {
        return 2;
    }
}
