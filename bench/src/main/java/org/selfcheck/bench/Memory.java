package org.selfcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 5: start-up and memory. The warm start (the run command's restart of WildFly with everything built and
 * provisioned, until ready) is timed by the bench command; resident memory is read here after the load, as
 * proportional set size (PSS, from {@code /proc/PID/smaps_rollup}) so that memory shared by PostgreSQL's processes is
 * counted once.
 */
final class Memory {

    private Memory() {
    }

    static List<Figure> measure(Double warmStartSeconds, Map<String, Long> pids) throws IOException {
        List<Figure> figures = new ArrayList<>();
        if (warmStartSeconds != null) {
            figures.add(new Figure("Warm start to ready", warmStartSeconds, "s", null, null, "≤ 60 s", warmStartSeconds <= 60,
                    null, "WildFly restarted on the loaded database, until /health/ready answers UP"));
        }
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            double mib = pssKiB(p.getValue(), p.getKey().equals("PostgreSQL")) / 1024.0;
            boolean wildfly = p.getKey().equals("WildFly");
            figures.add(new Figure(p.getKey() + " memory after the load", mib, "MiB", null, null, wildfly ? "≤ 1024 MiB" : null,
                    wildfly ? mib <= 1024 : null, null, "proportional set size" + (p.getKey().equals("PostgreSQL") ? " of all its processes" : "")));
        }
        return figures;
    }

    /** The PSS of a process, and of its children too when asked (PostgreSQL's backends). */
    static long pssKiB(long pid, boolean withChildren) throws IOException {
        long kib = pss(pid);
        if (withChildren) {
            for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
                kib += pss(child.pid());
            }
        }
        return kib;
    }

    private static long pss(long pid) throws IOException {
        Path rollup = Path.of("/proc/" + pid + "/smaps_rollup");
        if (!Files.exists(rollup)) {
            return 0;
        }
        return Files.readAllLines(rollup).stream().filter(l -> l.startsWith("Pss:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
    }
}
