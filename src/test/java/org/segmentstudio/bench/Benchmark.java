package org.segmentstudio.bench;

import java.io.PrintStream;

/** One benchmark of the project's benchmark command ({@code mvn -B -q -Pbench verify}). */
interface Benchmark {
    /** Short name used to pick it: {@code -Dbench=name,name}. */
    String name();

    /** Runs the measurement and prints a readable table and, last, one line of JSON. */
    void run(PrintStream out) throws Exception;
}
