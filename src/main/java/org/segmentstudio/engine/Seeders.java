package org.segmentstudio.engine;

import java.util.SplittableRandom;

/** Ways to pick the first k centroids, in the clustered space. */
final class Seeders {
    private Seeders() {
    }

    /** k distinct points at random. */
    static double[] random(Matrix x, int k, SplittableRandom random) {
        int n = x.rows();
        int d = x.cols();
        double[] c = new double[k * d];
        int chosen = 0;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < n && chosen < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            int p = perm[i];
            if (!duplicates(x, p, c, chosen)) {
                System.arraycopy(x.values(), p * d, c, chosen * d, d);
                chosen++;
            }
        }
        return c;
    }

    private static boolean duplicates(Matrix x, int p, double[] c, int chosen) {
        int d = x.cols();
        for (int j = 0; j < chosen; j++) {
            boolean same = true;
            for (int f = 0; f < d && same; f++) {
                same = x.values()[p * d + f] == c[j * d + f];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * Greedy k-means++ (Arthur and Vassilvitskii, with the greedy trials scikit-learn uses): each
     * step samples 2 + ln k candidates in proportion to their squared distance and keeps the one
     * that lowers the potential most.
     */
    static double[] greedyKMeansPlusPlus(Matrix x, int k, SplittableRandom random) {
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double[] c = new double[k * d];
        int trials = 2 + (int) Math.log(k);
        int first = random.nextInt(n);
        System.arraycopy(v, first * d, c, 0, d);
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = Distances.squared(v, i * d, c, 0, d);
            potential += closest[i];
        }
        double[] candidateDist = new double[n];
        double[] bestDist = new double[n];
        for (int j = 1; j < k; j++) {
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int cand = sample(closest, potential, random);
                double pot = 0;
                for (int i = 0; i < n; i++) {
                    double dd = Math.min(closest[i], Distances.squared(v, i * d, v, cand * d, d));
                    candidateDist[i] = dd;
                    pot += dd;
                }
                if (pot < bestPotential) {
                    bestPotential = pot;
                    bestCandidate = cand;
                    System.arraycopy(candidateDist, 0, bestDist, 0, n);
                }
            }
            System.arraycopy(v, bestCandidate * d, c, j * d, d);
            System.arraycopy(bestDist, 0, closest, 0, n);
            potential = bestPotential;
        }
        return c;
    }

    private static int sample(double[] weights, double total, SplittableRandom random) {
        if (!(total > 0)) {
            return random.nextInt(weights.length);
        }
        double r = random.nextDouble() * total;
        double acc = 0;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                acc += weights[i];
                last = i;
                if (acc >= r) {
                    return i;
                }
            }
        }
        return last;
    }

}
