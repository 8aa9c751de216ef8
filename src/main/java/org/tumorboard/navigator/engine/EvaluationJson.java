package org.tumorboard.navigator.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tumorboard.navigator.catalogue.Trial;
import org.tumorboard.navigator.intake.CaseFacts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Evaluation} as the JSON contract's bytes, the same bytes the given mapper writes, from parts
 * serialized once per rule set: each consideration's JSON but its {@code because} (split around a hole where the
 * list goes), once per basis, each trial, and the head (disclaimer, rule set version). Per evaluation only the
 * case, the counts and the {@code because} lists are serialized; quoted {@code because} strings are cached (up to a bound). The first
 * evaluation of each rule set is also written by the mapper and compared: if they differed (a mapper configured
 * differently, e.g. indented), this writer would hand every evaluation to the mapper instead.
 */
public final class EvaluationJson {

    private static final String HOLE = "\u0000because\u0000";
    private static final int MAX_CACHED_STRINGS = 50_000;
    private static final byte[] COMMA = ascii(",");
    private static final byte[] OPEN = ascii("[");
    private static final byte[] CLOSE = ascii("]");
    private static final byte[] COUNTS = ascii(",\"counts\":");
    private static final byte[] CONSIDERATIONS = ascii(",\"considerations\":[");
    private static final byte[] TRIALS = ascii("],\"trials\":[");
    private static final byte[] END = ascii("]}");

    private final JsonMapper mapper;
    private final RuleEngine engine;
    private volatile Parts parts;

    public EvaluationJson(JsonMapper mapper, RuleEngine engine) {
        this.mapper = mapper;
        this.engine = engine;
    }

    /** The evaluation's JSON, as {@code mapper.writeValueAsBytes(evaluation)} would give it. */
    public byte[] toBytes(Evaluation evaluation) {
        return document(evaluation).toBytes();
    }

    /** The evaluation's JSON as parts, to be written where it goes without copying them into one array first. */
    public Document document(Evaluation evaluation) {
        return document(evaluation, null);
    }

    /**
     * The same, with the case's JSON written beforehand by {@link #caseJson} (e.g. while the rule set was still
     * building); {@code null}: written now.
     */
    public Document document(Evaluation evaluation, byte[] caseJson) {
        Parts current = parts(evaluation.ruleSetVersion());
        return current == null || !current.matchesMapper ? Document.of(mapper.writeValueAsBytes(evaluation))
                : current.write(evaluation, caseJson != null ? caseJson : caseJson(evaluation.caseFacts()));
    }

    /** A case's JSON as it appears in an evaluation of it (it needs no rule set). */
    public byte[] caseJson(CaseFacts facts) {
        return mapper.writeValueAsBytes(facts);
    }

    /**
     * Whether the last rule set's evaluations are written from its parts (true until a first evaluation written
     * from parts differs from the mapper's bytes).
     */
    public boolean writesFromParts() {
        Parts current = parts;
        return current != null && current.matchesMapper;
    }

    private Parts parts(String version) {
        Parts current = parts;
        if (current != null && current.version.equals(version)) {
            return current;
        }
        RuleSet ruleSet = engine.ruleSet();
        if (!ruleSet.version().equals(version)) {
            return null;   // an evaluation of a rule set that has since been replaced
        }
        synchronized (this) {
            if (parts == null || !parts.version.equals(version)) {
                parts = new Parts(ruleSet);
            }
            return parts;
        }
    }

    private final class Parts {

        final String version;
        final byte[] head;
        final Map<String, Map<Basis, byte[][]>> considerations = new HashMap<>();
        final Map<String, byte[]> trials = new HashMap<>();
        final Map<String, byte[]> quoted = new ConcurrentHashMap<>();
        volatile boolean matchesMapper = true;
        volatile boolean checked;

        Parts(RuleSet ruleSet) {
            version = ruleSet.version();
            head = concat(ascii("{\"disclaimer\":"), mapper.writeValueAsBytes(Evaluation.DISCLAIMER),
                    ascii(",\"ruleSetVersion\":"), mapper.writeValueAsBytes(version), ascii(",\"case\":"));
            byte[] hole = mapper.writeValueAsBytes(List.of(HOLE));
            for (RuleInfo rule : ruleSet.rules()) {
                if (!rule.derivation()) {
                    Map<Basis, byte[][]> byBasis = new EnumMap<>(Basis.class);
                    for (Basis basis : Basis.values()) {
                        byte[] whole = mapper.writeValueAsBytes(rule.toConsideration(List.of(HOLE), basis));
                        int at = indexOf(whole, hole);
                        byBasis.put(basis, new byte[][] {Arrays.copyOf(whole, at),
                                Arrays.copyOfRange(whole, at + hole.length, whole.length)});
                    }
                    considerations.put(rule.id(), byBasis);
                }
            }
            for (Trial trial : ruleSet.literature().trials()) {
                trials.put(trial.nct(), mapper.writeValueAsBytes(trial));
            }
        }

        Document write(Evaluation evaluation, byte[] caseJson) {
            Document out = new Document();
            out.add(head).add(caseJson)
                    .add(COUNTS).add(mapper.writeValueAsBytes(evaluation.counts())).add(CONSIDERATIONS);
            List<Consideration> list = evaluation.considerations();
            for (int i = 0; i < list.size(); i++) {
                Consideration consideration = list.get(i);
                Map<Basis, byte[][]> byBasis = considerations.get(consideration.ruleId());
                byte[][] around = byBasis == null ? null : byBasis.get(consideration.basis());
                if (around == null) {
                    return Document.of(mapper.writeValueAsBytes(evaluation));
                }
                if (i > 0) {
                    out.add(COMMA);
                }
                out.add(around[0]).add(OPEN);
                List<String> because = consideration.because();
                for (int j = 0; j < because.size(); j++) {
                    if (j > 0) {
                        out.add(COMMA);
                    }
                    out.add(quote(because.get(j)));
                }
                out.add(CLOSE).add(around[1]);
            }
            out.add(TRIALS);
            for (int i = 0; i < evaluation.trials().size(); i++) {
                if (i > 0) {
                    out.add(COMMA);
                }
                out.add(trials.get(evaluation.trials().get(i).nct()));
            }
            out.add(END);
            if (!checked) {
                checked = true;
                matchesMapper = Arrays.equals(out.toBytes(), mapper.writeValueAsBytes(evaluation));
                if (!matchesMapper) {
                    return Document.of(mapper.writeValueAsBytes(evaluation));
                }
            }
            return out;
        }

        byte[] quote(String text) {
            byte[] bytes = quoted.get(text);
            if (bytes == null) {
                bytes = mapper.writeValueAsBytes(text);
                if (quoted.size() < MAX_CACHED_STRINGS) {
                    quoted.put(text, bytes);
                }
            }
            return bytes;
        }

    }

    /** One evaluation's JSON as a list of byte arrays (shared parts among them) and their total length. */
    public static final class Document {

        private final List<byte[]> chunks = new ArrayList<>(256);
        private int length;

        static Document of(byte[] bytes) {
            return new Document().add(bytes);
        }

        Document add(byte[] chunk) {
            chunks.add(chunk);
            length += chunk.length;
            return this;
        }

        public int length() {
            return length;
        }

        public void writeTo(OutputStream out) throws IOException {
            for (byte[] chunk : chunks) {
                out.write(chunk);
            }
        }

        public byte[] toBytes() {
            byte[] all = new byte[length];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            return all;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        Document document = new Document();
        for (byte[] part : parts) {
            document.add(part);
        }
        return document.toBytes();
    }

    private static int indexOf(byte[] whole, byte[] part) {
        int found = -1;
        for (int i = 0; i + part.length <= whole.length; i++) {
            if (Arrays.equals(whole, i, i + part.length, part, 0, part.length)) {
                if (found >= 0) {
                    throw new IllegalStateException("the because hole occurs twice in a consideration's JSON");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("the because hole is missing from a consideration's JSON");
        }
        return found;
    }
}
