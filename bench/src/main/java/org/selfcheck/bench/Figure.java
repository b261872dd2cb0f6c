package org.selfcheck.bench;

/**
 * One measured figure beside its limit, measured in the same run: e.g. REST requests/s of a company user against
 * the health endpoint's. {@code higherIsBetter} says which way the ratio value/limit should go; {@code target} is
 * what the issue asks of the ratio (or of the value itself, when {@code limit} is null), {@code met} whether it held.
 */
record Figure(String name, double value, String unit, String limitName, Double limit, String target, Boolean met,
              Latency latency, String note) {

    /** Latency percentiles in milliseconds, for the chart. */
    record Latency(double p50, double p95, double p99) {
        static Latency of(Load.Result r) {
            return new Latency(r.millis(50), r.millis(95), r.millis(99));
        }
    }

    Double ratio() {
        return limit == null || limit == 0 ? null : value / limit;
    }
}
