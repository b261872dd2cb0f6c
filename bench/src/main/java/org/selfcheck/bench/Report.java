package org.selfcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark report: each run is kept as JSON under {@code benchmarks/results/}, and {@code BENCHMARKS.md} is written
 * again from all of them: the latest run of each scale in full (figure, value, limit, ratio, target), a chart of its
 * latency percentiles, and the earlier runs' ratios for comparison.
 */
final class Report {

    /** One run of the bench command; its date as an ISO instant (UTC). */
    record Run(String scale, String date, String machine, Map<String, Object> data, List<Figure> figures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /** Keeps the run and writes BENCHMARKS.md (and the run's chart) into {@code root}. */
    static Path write(Path root, Run run) throws IOException {
        Path results = root.resolve("benchmarks/results");
        Files.createDirectories(results);
        String stem = run.date().replace(':', '-').replaceAll("\\.\\d+", "") + "-" + run.scale();
        JSON.writeValue(results.resolve(stem + ".json").toFile(), run);
        chart(run, root.resolve("benchmarks/latency-" + run.scale() + ".png"));
        List<Run> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(JSON.readValue(f.toFile(), Run.class));
            }
        }
        all.sort(Comparator.comparing(Run::date).reversed());
        Path md = root.resolve("BENCHMARKS.md");
        Files.writeString(md, markdown(all));
        return md;
    }

    static String markdown(List<Run> newestFirst) {
        StringBuilder s = new StringBuilder("""
                # Benchmarks

                Written by `wildfly-config/bin/bench` (see the README's benchmarks section); do not edit by hand. Each figure is
                measured beside its limit in the same run, on the same machine: the ratio is value / limit. Timings are never
                asserted in the test suite; CI runs the `small` scale after the tests so that this code cannot rot.

                """);
        List<String> scales = newestFirst.stream().map(Run::scale).distinct().toList();
        for (String scale : scales) {
            Run latest = newestFirst.stream().filter(r -> r.scale().equals(scale)).findFirst().orElseThrow();
            s.append("## Latest run at scale `").append(scale).append("`\n\n");
            s.append(latest.date()).append(" · ").append(latest.machine()).append("\n\n");
            if (!latest.data().isEmpty()) {
                s.append("Data: ");
                latest.data().forEach((k, v) -> s.append(k).append(" ").append(v).append(" · "));
                s.setLength(s.length() - 3);
                s.append("\n\n");
            }
            s.append("| Figure | Value | Limit | Limit value | Ratio | Target | Met | Note |\n|---|---:|---|---:|---:|---|---|---|\n");
            for (Figure f : latest.figures()) {
                s.append("| ").append(f.name()).append(" | ").append(number(f.value())).append(' ').append(f.unit())
                        .append(" | ").append(f.limitName() == null ? "" : f.limitName())
                        .append(" | ").append(f.limit() == null ? "" : number(f.limit()))
                        .append(" | ").append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()))
                        .append(" | ").append(f.target() == null ? "" : f.target())
                        .append(" | ").append(f.met() == null ? "" : f.met() ? "yes" : "**no**")
                        .append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
            }
            s.append("\n![latency percentiles at scale ").append(scale).append("](benchmarks/latency-").append(scale).append(".png)\n\n");
            List<Run> earlier = newestFirst.stream().filter(r -> r.scale().equals(scale)).skip(1).limit(10).toList();
            if (!earlier.isEmpty()) {
                s.append("Earlier runs at this scale (value, ratio):\n\n| Date | ");
                List<String> names = latest.figures().stream().map(Figure::name).toList();
                names.forEach(n -> s.append(n).append(" | "));
                s.append("\n|---|").append("---|".repeat(names.size())).append('\n');
                for (Run r : earlier) {
                    s.append("| ").append(r.date()).append(" | ");
                    for (String n : names) {
                        r.figures().stream().filter(f -> f.name().equals(n)).findFirst().ifPresentOrElse(
                                f -> s.append(number(f.value())).append(f.ratio() == null ? "" : String.format(Locale.ROOT, " (%.2f)", f.ratio())),
                                () -> s.append("–"));
                        s.append(" | ");
                    }
                    s.append('\n');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static void chart(Run run, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure f : run.figures()) {
            if (f.latency() != null) {
                data.addValue(f.latency().p50(), "p50", f.name());
                data.addValue(f.latency().p95(), "p95", f.name());
                data.addValue(f.latency().p99(), "p99", f.name());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Latency percentiles, scale " + run.scale(), null, "ms", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        Files.createDirectories(png.getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1100, Math.max(300, 60 + 45 * data.getColumnCount()));
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
