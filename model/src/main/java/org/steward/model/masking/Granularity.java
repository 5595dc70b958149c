package org.steward.model.masking;

import java.util.List;

/** How coarse a generalised value is; each lists the value shapes it understands, tried in order. */
public enum Granularity {
    /** A date (ISO, day-first or month-first with a four-digit year, or yyyymmdd) becomes its year. */
    YEAR("year", "Generalise to year", List.of(
            new ShapeRule("^([0-9]{4})-[0-9]{1,2}([^0-9].*)?$", "{1}"),
            new ShapeRule("^[0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{4})([^0-9].*)?$", "{1}"),
            new ShapeRule("^((19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$", "{1}"),
            new ShapeRule("^([0-9]{4})$", "{1}"))),
    /** An IP address, a postcode or a coordinate becomes its area; anything else is redacted. */
    AREA("area", "Generalise to area", List.of(
            Shapes.IPV4, Shapes.IPV6,
            new ShapeRule("^([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?[0-9][A-Za-z]{2}$", "{1}"),
            new ShapeRule("^([A-Za-z][0-9][A-Za-z]) ?[0-9][A-Za-z][0-9]$", "{1}"),
            new ShapeRule("^([0-9]{4}) ?[A-Za-z]{2}$", "{1}"),
            new ShapeRule("^([0-9]{3})[0-9]{2}-[0-9]{4}$", "{1}**"),
            new ShapeRule("^([0-9]{3})-[0-9]{4}$", "{1}"),
            new ShapeRule("^([0-9]{2})[0-9]{2}$", "{1}**"),
            new ShapeRule("^([0-9]{3})[0-9]{2}$", "{1}**"),
            new ShapeRule("^([0-9]{4})[0-9]{2}$", "{1}**"),
            new ShapeRule("^(-?[0-9]{1,3}[.][0-9])[0-9]*$", "{1}"))),
    /** An age in whole years becomes a ten-year band; 90 and over become {@code 90+} (HIPAA's rule). */
    AGE_BAND("age-band", "Generalise to age band", List.of()),
    /** An IPv4 address becomes its /24 network, an IPv6 address its /48. */
    IP_NETWORK("ip", "Generalise to IP network", List.of(Shapes.IPV4, Shapes.IPV6));

    public static final int BAND = 10;
    public static final int OLDEST_BAND = 90;
    public static final String AGE_SHAPE = "^[0-9]{1,3}$";

    private final String id;
    private final String label;
    private final List<ShapeRule> shapes;

    Granularity(String id, String label, List<ShapeRule> shapes) {
        this.id = id;
        this.label = label;
        this.shapes = shapes;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The shapes tried in order; the first that matches decides. Empty for {@link #AGE_BAND}, which counts. */
    public List<ShapeRule> shapes() {
        return shapes;
    }

    private static final class Shapes {
        static final ShapeRule IPV4 = new ShapeRule(
                "^([0-9]{1,3}[.][0-9]{1,3}[.][0-9]{1,3})[.][0-9]{1,3}(/[0-9]{1,2})?$", "{1}.0/24");
        static final ShapeRule IPV6 = new ShapeRule(
                "^([0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}):[0-9A-Fa-f:.]*(/[0-9]{1,3})?$", "{1}::/48");
    }
}
