package org.segmentstudio.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark command. Runs in its own JVM (see the {@code bench} profile in the pom), never as
 * part of the test suite: timings belong here, not in unit tests.
 *
 * <p>Usage: {@code mvn -B -q -Pbench verify} runs all; {@code -Dbench=a,b} picks some.
 */
public final class BenchMain {
    private BenchMain() {
    }

    static List<Benchmark> all() {
        List<Benchmark> list = new ArrayList<>();
        // Each benchmark registers itself here, one line each.
        list.add(new ImportBenchmark());
        list.add(new EngineBenchmark());
        list.add(new ExportBenchmark());
        list.add(new CustomersBenchmark());
        list.add(new SuggestKBenchmark());
        return list;
    }

    public static void main(String[] args) throws Exception {
        List<String> wanted = args.length == 0 || args[0].isBlank() || args[0].equals("all")
                ? List.of() : Arrays.asList(args[0].split(","));
        List<Benchmark> chosen = all().stream().filter(b -> wanted.isEmpty() || wanted.contains(b.name())).toList();
        if (chosen.isEmpty()) {
            System.err.println("error: no benchmark named " + wanted + "; known: "
                    + all().stream().map(Benchmark::name).toList());
            System.exit(2);
        }
        System.out.println("# Segment Studio benchmarks on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        for (Benchmark b : chosen) {
            System.out.println();
            System.out.println("## " + b.name());
            b.run(System.out);
        }
    }
}
