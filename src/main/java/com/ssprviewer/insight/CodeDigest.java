package com.ssprviewer.insight;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the compiled code that computes answers (the {@code insight} and {@code model} packages), so an answer
 * kept in the store is read back only by the code that computed it: a new release, or any change to how an answer
 * is computed, computes it again instead of trusting a version number someone must remember to raise.
 */
final class CodeDigest {

    private static final List<String> PACKAGES = List.of("com/ssprviewer/insight/", "com/ssprviewer/model/");

    /** This code's digest; a fresh random text (never matching a kept one) where the code cannot be read. */
    static final String OF_THIS_CODE = compute();

    private CodeDigest() {
    }

    private static String compute() {
        try {
            Path source = Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                fromFolder(source, sha);
            } else {
                fromJar(source, sha);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    private static void fromFolder(Path root, MessageDigest sha) throws IOException {
        for (String pkg : PACKAGES) {
            List<Path> classes;
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                classes = new ArrayList<>(files.filter(f -> f.toString().endsWith(".class")).toList());
            }
            Collections.sort(classes);
            for (Path c : classes) {
                sha.update(root.relativize(c).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(c));
            }
        }
    }

    private static void fromJar(Path jarFile, MessageDigest sha) throws IOException {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<JarEntry> classes = new ArrayList<>();
            jar.stream().filter(e -> e.getName().endsWith(".class") && inPackages(e.getName())).forEach(classes::add);
            classes.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry e : classes) {
                sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = jar.getInputStream(e)) {
                    sha.update(in.readAllBytes());
                }
            }
        }
    }

    private static boolean inPackages(String name) {
        for (String pkg : PACKAGES) {
            if (name.startsWith(pkg) && name.indexOf('/', pkg.length()) < 0) {
                return true;
            }
        }
        return false;
    }
}
