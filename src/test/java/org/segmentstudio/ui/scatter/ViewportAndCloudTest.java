package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.segments.FeatureMatrix;

class ViewportAndCloudTest {

    private static Viewport view() {
        Viewport v = new Viewport();
        v.setHome(new double[] {0, 100, 0, 50});
        v.setArea(10, 20, 200, 100);
        return v;
    }

    @Test
    void dataAndPixelsMapBothWaysWithYGrowingUp() {
        Viewport v = view();
        assertEquals(10, v.screenX(0), 1e-9);
        assertEquals(210, v.screenX(100), 1e-9);
        assertEquals(120, v.screenY(0), 1e-9);
        assertEquals(20, v.screenY(50), 1e-9);
        assertEquals(37.5, v.dataX(v.screenX(37.5)), 1e-9);
        assertEquals(12.5, v.dataY(v.screenY(12.5)), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndResetGoesHome() {
        Viewport v = view();
        double px = v.screenX(30);
        double py = v.screenY(40);
        v.zoom(2, px, py);
        assertEquals(30, v.dataX(px), 1e-9);
        assertEquals(40, v.dataY(py), 1e-9);
        assertEquals(50, v.xMax() - v.xMin(), 1e-9);
        v.pan(20, 0);
        assertEquals(30 - 20 / 200.0 * 50, v.dataX(px), 1e-9);
        assertTrue(!v.isHome());
        v.reset();
        assertTrue(v.isHome());
    }

    @Test
    void aLargeSetIsSampledEvenlyAndRowsMapBackToPoints() {
        assertNull(PointCloud.sampleRows(10, 10));
        assertArrayEquals(new int[] {0, 2, 5, 7}, PointCloud.sampleRows(10, 4));
        int n = 250_000;
        double[] v = new double[2 * n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            v[2 * i] = i;
            v[2 * i + 1] = -i;
            rows[i] = 2 * i + 1;
        }
        PointCloud c = PointCloud.of(new FeatureMatrix(List.of("a", "b"), new Matrix(v, n, 2), rows, 2 * n + 1));
        assertEquals(PointCloud.MAX_POINTS, c.size());
        assertTrue(c.isSampled());
        assertEquals(n, c.totalPoints());
        int p = 1234;
        int row = c.datasetRow(p);
        assertEquals(p, c.pointOfDatasetRow(row));
        assertEquals(c.x(p), (row - 1) / 2.0, 1e-9);
        assertEquals(-1, c.pointOfDatasetRow(0), "row 0 was left out of the clustering");
    }
}
