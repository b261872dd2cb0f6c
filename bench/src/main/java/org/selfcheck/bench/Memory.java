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
        Long wildflyPid = pids.get("WildFly");
        if (wildflyPid != null) {
            double[] cpu = cpuSeconds(wildflyPid);
            figures.add(new Figure("WildFly CPU in its JIT compilers", cpu[1], "s", "WildFly CPU since its start", cpu[0], null,
                    null, null, "the figures above were measured on a server still compiling: what its threads' CPU times say"));
        }
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            double mib = pssKiB(p.getValue(), p.getKey().equals("PostgreSQL")) / 1024.0;
            boolean wildfly = p.getKey().equals("WildFly");
            figures.add(new Figure(p.getKey() + " memory after the load", mib, "MiB", null, null, wildfly ? "≤ 1024 MiB" : null,
                    wildfly ? mib <= 1024 : null, null, "proportional set size" + (p.getKey().equals("PostgreSQL") ? " of all its processes" : "")));
        }
        return figures;
    }

    /**
     * The CPU seconds of a process (with its ended threads) and of its live JIT compiler threads (C1, C2), from /proc
     * (utime and stime, the 14th and 15th fields of a stat line, in ticks of USER_HZ, 100 on Linux).
     */
    static double[] cpuSeconds(long pid) throws IOException {
        double jit = 0;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        jit += cpuSeconds(task.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // a compiler thread that ended meanwhile
                }
            }
        }
        return new double[]{cpuSeconds(Path.of("/proc/" + pid + "/stat")), jit};
    }

    private static double cpuSeconds(Path stat) throws IOException {
        String line = Files.readString(stat);
        // after the command, which is in parentheses and may hold spaces: state is the 3rd field, utime the 14th
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
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
