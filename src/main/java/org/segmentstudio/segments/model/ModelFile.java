package org.segmentstudio.segments.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.ExportException;

/** Reads and writes {@code .segments} files: a {@link SegmentModel} as indented JSON, written whole or not at all. */
public final class ModelFile {
    public static final String EXTENSION = ".segments";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFile() {
    }

    public static void write(Path target, SegmentModel model) throws ExportException {
        String json;
        try {
            json = MAPPER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model always serialises", e);
        }
        AtomicFiles.write(target, out -> out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * @throws DataFormatException naming the file: not found, not a saved analysis, or of a newer
     *                             schema than this build reads
     */
    public static SegmentModel read(Path file) throws DataFormatException, IOException {
        String name = file.getFileName().toString();
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, "File " + name + " was not found. Check the path and try again.");
        } catch (JsonProcessingException e) {
            throw new DataFormatException(name, "File " + name + " is not a saved analysis (its JSON cannot be read at"
                    + " line " + e.getLocation().getLineNr() + "). Open a .segments file saved by Segment Studio.");
        }
        if (tree == null || !tree.has("schema") || !tree.has("centroids")) {
            throw new DataFormatException(name, "File " + name + " is not a saved analysis of Segment Studio.");
        }
        int schema = tree.get("schema").asInt();
        if (schema > SegmentModel.SCHEMA) {
            throw new DataFormatException(name, "File " + name + " was saved by a newer Segment Studio (analysis format "
                    + schema + "; this version reads up to " + SegmentModel.SCHEMA + "). Update Segment Studio to open it.");
        }
        try {
            SegmentModel m = MAPPER.treeToValue(tree, SegmentModel.class);
            check(m, name);
            return m;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new DataFormatException(name, "File " + name + " is a damaged saved analysis (" + e.getMessage()
                    .lines().findFirst().orElse("") + ").");
        }
    }

    private static void check(SegmentModel m, String name) {
        for (Object part : new Object[] {m.data(), m.roles(), m.columns(), m.encodings(), m.transforms(), m.centroids(),
                m.centroidsInUnits(), m.names(), m.quality(), m.missing(), m.scaling(), m.rankBy()}) {
            if (part == null) {
                throw new IllegalArgumentException("a part of it is missing");
            }
        }
        org.segmentstudio.engine.Scaling.valueOf(m.scaling());
        org.segmentstudio.segments.MissingPolicy.valueOf(m.missing());
        m.roles().values().forEach(org.segmentstudio.data.ColumnRole::valueOf);
        if (m.quality().shares() == null || m.quality().shares().length != m.k() || m.quality().meanDistances() == null
                || m.quality().meanDistances().length != m.k()) {
            throw new IllegalArgumentException("its quality figures do not have one value per segment");
        }
        if (m.centroidsInUnits().length != m.k()) {
            throw new IllegalArgumentException("k and the centres disagree");
        }
        for (double[] c : m.centroidsInUnits()) {
            if (c == null || c.length != m.transforms().size()) {
                throw new IllegalArgumentException("a centre does not have one value per feature");
            }
        }
        if (m.purchases() != null) {
            org.segmentstudio.data.purchases.DateOrder.valueOf(m.purchases().dateOrder());
            org.segmentstudio.data.purchases.Returns.valueOf(m.purchases().returns());
            if (m.purchases().asOf() != null) {
                java.time.LocalDate.parse(m.purchases().asOf());
            }
        }
        int d = m.transforms().size();
        if (m.k() < 1 || m.centroids().length != m.k() || m.names().size() != m.k()) {
            throw new IllegalArgumentException("k, centroids and names disagree");
        }
        int width = m.encodings().stream().mapToInt(e -> e.names().size()).sum();
        for (double[] c : m.centroids()) {
            if (c == null || c.length != d || d != width) {
                throw new IllegalArgumentException("a centre does not have one value per feature");
            }
        }
    }

    /** The SHA-256 of a file, hex: how a saved analysis knows its data file changed. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
