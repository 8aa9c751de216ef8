package org.tumorboard.navigator.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases kept in a directory between starts, so that a start whose rule files have not changed reads the
 * packages Drools compiled last time (about 0.5 s cold) instead of parsing and compiling the rules again (about 1.5 s
 * cold, most of it Drools' own warm-up; see README, "Benchmarks").
 * <p>
 * A cache file is named by a SHA-256 over its format, the Drools and Java versions and every {@code .drl} file's
 * relative path and text. Inside it records the SHA-256 of each Java class the rules import, and is read only while
 * those are unchanged and no other class of this application occurs in it. It is read through an allow-list of
 * packages (the JDK's collections, Drools, MVEL, this application). A file that is missing, stale, damaged or refused
 * is a miss: the rules are compiled as without a cache and the file is written again, whole or not at all (written
 * aside, then moved into place), and the older files are removed.
 */
public final class CompiledRuleCache {

    private static final Logger log = LoggerFactory.getLogger(CompiledRuleCache.class);
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".compiled-rules";
    private static final String WRITING = "writing-";
    private static final String APPLICATION = "org.tumorboard.";
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.lang.*;java.util.**;org.drools.**;org.kie.**;org.mvel2.**;" + APPLICATION + "**;!*");
    private static final Map<String, String> CLASS_HASHES = new ConcurrentHashMap<>();

    private final Path directory;

    public CompiledRuleCache(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** What a cache file gives back: the rule base, and each rule's consequence text (for {@link ConditionReader}). */
    record Compiled(KieBase kieBase, Map<String, String> consequences) {
    }

    /** The cache file for these rule files (relative path to text). */
    Path fileFor(Map<String, String> drlSources) {
        MessageDigest sha = sha256();
        update(sha, "format " + FORMAT + ", drools " + droolsVersion() + ", java " + Runtime.version().feature());
        drlSources.forEach((file, text) -> {
            update(sha, file);
            update(sha, text);
        });
        return directory.resolve(HexFormat.of().formatHex(sha.digest()) + SUFFIX);
    }

    /** The rule base compiled from these rule files, if a usable cache file holds it. */
    Optional<Compiled> read(Map<String, String> drlSources) {
        Path file = fileFor(drlSources);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ProjectClassLoader classLoader = ProjectClassLoader.createProjectClassLoader(CompiledRuleCache.class.getClassLoader());
        Set<String> applicationClasses = ConcurrentHashMap.newKeySet();
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file));
             DroolsObjectInputStream in = new DroolsObjectInputStream(bytes, classLoader)) {
            in.setObjectInputFilter(info -> {
                Class<?> type = info.serialClass();
                while (type != null && type.isArray()) {
                    type = type.getComponentType();
                }
                if (type != null && type.getName().startsWith(APPLICATION)) {
                    applicationClasses.add(type.getName());
                }
                return type != null && type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ALLOWED.checkInput(info);
            });
            if (in.readInt() != FORMAT) {
                return miss(file, "another format");
            }
            Map<String, String> dependencies = readMap(in);
            String stale = stale(dependencies);
            if (stale != null) {
                return miss(file, stale + " has changed");
            }
            Map<String, String> consequences = readMap(in);
            Map<String, byte[]> declaredTypes = readMap(in);
            classLoader.storeClasses(declaredTypes);
            List<KiePackage> packages = readList(in);
            applicationClasses.removeAll(dependencies.keySet());
            if (!applicationClasses.isEmpty()) {
                return miss(file, "it holds classes the rules do not import " + applicationClasses);
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader));
            kieBase.addPackages(packages);
            return Optional.of(new Compiled(kieBase, Map.copyOf(consequences)));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return miss(file, e.toString());
        }
    }

    /**
     * Keeps a compiled rule base for the next start: its packages, the classes its rule files declare, its consequence
     * texts and the hashes of the classes the files import. A failure to write is logged, never thrown.
     */
    void write(Map<String, String> drlSources, List<PackageDescr> parsed, ClassLoader builderClassLoader,
               Iterable<KiePackage> packages, Map<String, String> consequences) {
        Path file = fileFor(drlSources);
        Path aside = null;
        try {
            Files.createDirectories(directory);
            aside = Files.createTempFile(directory, WRITING, ".tmp");
            try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(aside));
                 DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeObject(new TreeMap<>(dependencies(parsed)));
                out.writeObject(new HashMap<>(consequences));
                Map<String, byte[]> declared = builderClassLoader instanceof ProjectClassLoader project
                        && project.getStore() != null ? project.getStore() : Map.of();
                out.writeObject(new HashMap<>(declared));
                List<KiePackage> list = new ArrayList<>();
                packages.forEach(list::add);
                out.writeObject(list);
            }
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(aside, file);
            removeAllBut(file);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep the compiled rules in {}: {}", directory, e.toString());
            if (aside != null) {
                try {
                    Files.deleteIfExists(aside);
                } catch (IOException ignored) {
                    // the next write removes it
                }
            }
        }
    }

    /** Each class the rule files import (functions by their class), with the SHA-256 of its class file. */
    private static Map<String, String> dependencies(List<PackageDescr> parsed) {
        Map<String, String> hashes = new TreeMap<>();
        for (PackageDescr p : parsed) {
            p.getImports().forEach(i -> hashes.put(i.getTarget(), classHash(i.getTarget())));
            p.getFunctionImports().forEach(f -> {
                String type = f.getTarget().substring(0, f.getTarget().lastIndexOf('.'));
                hashes.put(type, classHash(type));
            });
        }
        return hashes;
    }

    /** The first recorded class whose class file differs now, or null. */
    static String stale(Map<String, String> recorded) {
        return recorded.entrySet().stream().filter(e -> !e.getValue().equals(classHash(e.getKey())))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static String classHash(String className) {
        return CLASS_HASHES.computeIfAbsent(className, name -> {
            try (InputStream in = CompiledRuleCache.class.getClassLoader()
                    .getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    return "none";
                }
                return HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
            } catch (IOException e) {
                return "unreadable";
            }
        });
    }

    private Optional<Compiled> miss(Path file, String why) {
        log.info("Compiling the rules afresh: {} is not usable ({})", file.getFileName(), why);
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> readMap(DroolsObjectInputStream in) throws IOException, ClassNotFoundException {
        return (Map<String, V>) in.readObject();
    }

    @SuppressWarnings("unchecked")
    private static <V> List<V> readList(DroolsObjectInputStream in) throws IOException, ClassNotFoundException {
        return (List<V>) in.readObject();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the other cache files, and files left half-written by a start that was killed while writing. */
    private void removeAllBut(Path kept) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path other : files.filter(f -> !f.equals(kept)).toList()) {
                String name = other.getFileName().toString();
                if (name.endsWith(SUFFIX) || name.startsWith(WRITING) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static String droolsVersion() {
        String version = KnowledgeBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
