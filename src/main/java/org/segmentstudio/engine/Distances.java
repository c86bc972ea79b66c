package org.segmentstudio.engine;

/** The one squared Euclidean distance the engine and its measures use, so all agree to the bit. */
public final class Distances {
    private Distances() {
    }

    /** Squared distance between the d values at {@code a[ao…]} and {@code b[bo…]}, summed feature by feature. */
    public static double squared(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int f = 0; f < d; f++) {
            double t = a[ao + f] - b[bo + f];
            s += t * t;
        }
        return s;
    }
}
