package org.segmentstudio.segments.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaler;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;

/** Makes the {@link SegmentModel} of a finished run, as the window and {@code segment --save-model} save it. */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    /**
     * @param file      the data file (null for data that came from no file, such as the sample)
     * @param columns   the chosen feature columns
     * @param fm        the matrix the run clustered
     * @param names     the segment names to keep
     * @param rankBy    the ranking measure's column, or "size"
     * @param silhouette the run's mean silhouette, or null
     * @param purchases how the customers were built from purchases, or null
     */
    public static SegmentModel of(Path file, String sheet, Dataset data, Map<String, String> roles, List<String> columns,
                                  MissingPolicy missing, FeatureMatrix fm, KMeansParams params, KMeansResult r,
                                  List<String> names, String rankBy, Double silhouette,
                                  SegmentModel.PurchaseBuild purchases, String appVersion) throws IOException {
        if (r.clusteredCentroids() == null) {
            throw new IllegalArgumentException("the run has no clustered centroids to save");
        }
        SegmentModel.DataRef ref = file == null ? new SegmentModel.DataRef(null, 0, null, data.rowCount(), sheet)
                : new SegmentModel.DataRef(file.toAbsolutePath().normalize().toString(), Files.size(file),
                        ModelFile.sha256(file), data.rowCount(), sheet);
        List<FeatureMatrixBuilder.Encoding> encodings = FeatureMatrixBuilder.encodings(data, columns, missing);
        Scaler scaler = params.scaling().fit(fm.matrix());
        List<SegmentModel.Transform> transforms = new java.util.ArrayList<>();
        for (int j = 0; j < fm.features().size(); j++) {
            transforms.add(new SegmentModel.Transform(fm.features().get(j), scaler.isLog(j), scaler.offset(j),
                    scaler.factor(j), scaler.isConstant(j)));
        }
        int k = r.k();
        SegmentModel draft = new SegmentModel(SegmentModel.SCHEMA, appVersion, ref, Map.copyOf(roles), purchases, columns,
                encodings, missing.name(), params.scaling().name(), transforms, k, params.seed(), params.nInit(),
                r.clusteredCentroids(), r.centroids(), names, rankBy, null);
        // The saved figures are measured as Apply measures them: the same encoding, scaling and centres.
        Assignment own = Assignment.of(draft, data);
        double[] shares = new double[k];
        int[] sizes = own.sizesFor(k);
        for (int s = 0; s < k; s++) {
            shares[s] = own.labels().length == 0 ? 0 : (double) sizes[s] / own.labels().length;
        }
        SegmentModel.Quality q = new SegmentModel.Quality(fm.rowsUsed(), r.inertia(), silhouette, shares,
                own.meanDistances(k));
        return new SegmentModel(draft.schema(), appVersion, ref, draft.roles(), purchases, columns, encodings,
                draft.missing(), draft.scaling(), transforms, k, draft.seed(), draft.nInit(), draft.centroids(),
                draft.centroidsInUnits(), names, rankBy, q);
    }

    /** How a purchase log's customers were built, as an analysis saves it. */
    public static SegmentModel.PurchaseBuild purchases(org.segmentstudio.data.purchases.BuildReport built) {
        return new SegmentModel.PurchaseBuild(built.columns().asMap(),
                built.dateOrder() == null ? org.segmentstudio.data.purchases.DateOrder.ISO.name() : built.dateOrder().name(),
                built.returns().name(), built.asOf().toString());
    }

    /** The same model with other names and ranking (a restored run saved again). */
    public static SegmentModel renamed(SegmentModel m, List<String> names, String rankBy) {
        List<String> kept = names.size() == m.k() ? names : m.names();
        return new SegmentModel(m.schema(), m.app(), m.data(), m.roles(), m.purchases(), m.columns(), m.encodings(),
                m.missing(), m.scaling(), m.transforms(), m.k(), m.seed(), m.nInit(), m.centroids(), m.centroidsInUnits(),
                kept, rankBy, m.quality());
    }

    /**
     * The builder's options a purchase-log analysis saved.
     *
     * @param savedAsOf true for its own log (built to the saved as-of date); false for another one
     *                  (built to the day after its own last purchase)
     */
    public static org.segmentstudio.data.purchases.CustomerBuilder.Options purchaseOptions(SegmentModel m,
                                                                                           boolean savedAsOf) {
        Map<String, Object> c = m.purchases().columns();
        List<String> carry = c.get("carry") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        org.segmentstudio.data.purchases.PurchaseColumns cols = new org.segmentstudio.data.purchases.PurchaseColumns(
                str(c, "customer"), str(c, "date"), str(c, "order"), str(c, "amount"), str(c, "quantity"),
                str(c, "price"), str(c, "product"), carry);
        return new org.segmentstudio.data.purchases.CustomerBuilder.Options(cols,
                org.segmentstudio.data.purchases.PurchaseDates.of(
                        org.segmentstudio.data.purchases.DateOrder.valueOf(m.purchases().dateOrder())),
                savedAsOf && m.purchases().asOf() != null ? java.time.LocalDate.parse(m.purchases().asOf()) : null,
                org.segmentstudio.data.purchases.Returns.valueOf(m.purchases().returns()));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    /** The chosen columns behind a matrix's features: "Gender=Female" and "Gender=Male" are Gender. */
    public static List<String> columnsOf(Dataset data, List<String> features) {
        List<String> out = new java.util.ArrayList<>();
        for (String f : features) {
            String column = data.column(f).isPresent() ? f : categoryColumnOf(data, f);
            if (!column.isEmpty() && !out.contains(column)) {
                out.add(column);
            }
        }
        return out;
    }

    /**
     * The column a one-hot feature ("Satisfaction (1=low)=3") encodes: the longest column name it
     * starts with, followed by '=' (a name may hold '=' itself); "" for none.
     */
    private static String categoryColumnOf(Dataset data, String feature) {
        String best = "";
        for (String name : data.columnNames()) {
            if (name.length() > best.length() && feature.startsWith(name + "=")) {
                best = name;
            }
        }
        return best;
    }

    /** The saved scaling, for the session's choice. */
    public static Scaling scaling(SegmentModel m) {
        return Scaling.valueOf(m.scaling());
    }

    public static MissingPolicy missing(SegmentModel m) {
        return MissingPolicy.valueOf(m.missing());
    }
}
