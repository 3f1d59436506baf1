package com.ssprviewer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar the build makes ({@code target/sspr-audit-viewer.jar}) starts a window on Windows x64, Linux x64
 * and macOS on Intel and on Apple silicon: it holds JavaFX's native libraries of each, and still starts here. Run by
 * failsafe after {@code package}, on the jar itself.
 */
class OneJarForEveryDesktopIT {

    private static final int CPU_X86_64 = 0x01000007;
    private static final int CPU_ARM64 = 0x0100000C;

    private static final Set<String> WINDOWS = Set.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
            "javafx_iio.dll", "decora_sse.dll", "prism_common.dll", "vcruntime140.dll", "msvcp140.dll");
    private static final Set<String> LINUX = Set.of("libglass.so", "libglassgtk3.so", "libprism_es2.so",
            "libprism_sw.so", "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_font_pango.so",
            "libjavafx_iio.so", "libdecora_sse.so", "libprism_common.so");
    private static final Set<String> MAC = Set.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
            "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib", "libprism_common.dylib");

    @TempDir
    Path temp;

    @Test
    void theJarHoldsJavaFxNativesOfWindowsLinuxAndMacAtItsRoot() throws IOException {
        Set<String> natives = natives();
        assertAll(
                () -> assertTrue(natives.containsAll(WINDOWS), "Windows x64: " + natives),
                () -> assertTrue(natives.containsAll(LINUX), "Linux x64: " + natives),
                () -> assertTrue(natives.containsAll(MAC), "macOS: " + natives));
    }

    @Test
    void everyMacLibraryIsUniversalForIntelAndAppleSilicon() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            for (String name : MAC) {
                ZipEntry entry = jar.getEntry(name);
                assertNotNull(entry, name + " is not in the jar");
                byte[] lib;
                try (var in = jar.getInputStream(entry)) {
                    lib = in.readAllBytes();
                }
                assertEquals(List.of(CPU_X86_64, CPU_ARM64), slices(name, lib), name);
            }
        }
    }

    @Test
    void theJarAnswersOnTheCommandLine() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", jar().toString(), "--help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "--help did not end");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("SSPR Audit Viewer"), out);
    }

    @Test
    void theJarOpensItsWindowOnARealDisplayWithTheNativesItCarries() throws Exception {
        Path xvfb = onPath("Xvfb");
        assumeTrue(xvfb != null, "Xvfb is not installed, so the jar's window is not started here (CI installs it)");
        Process display = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", "1280x1024x24").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String number = new BufferedReader(new InputStreamReader(display.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            // A home of its own: JavaFX unpacks its libraries under it, and the window keeps its size there.
            Path home = Files.createDirectories(temp.resolve("home"));
            ProcessBuilder window = new ProcessBuilder(java(), "-Duser.home=" + home,
                    "-Djava.util.prefs.userRoot=" + home.resolve("prefs"), "-Djavafx.verbose=true",
                    "-jar", jar().toString(), "--db", temp.resolve("store").toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("window.log").toFile());
            window.environment().put("DISPLAY", ":" + number);
            Process app = window.start();
            try {
                String log = waitFor(app, temp.resolve("window.log"), "Loaded library /libglassgtk3.so from resource");
                assertTrue(app.isAlive(), "the window ended: " + log);
                assertTrue(log.contains("Loaded library /libglass.so from resource"), log);
                assertFalse(log.contains("Exception"), log);
            } finally {
                app.destroy();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            display.destroy();
        }
    }

    /** Waits (at most two minutes) for the line, then five seconds more in which the window must keep running. */
    private static String waitFor(Process app, Path log, String line) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (app.isAlive() && System.nanoTime() < end && !Files.readString(log).contains(line)) {
            Thread.sleep(200);
        }
        assertTrue(Files.readString(log).contains(line), "no '" + line + "': " + Files.readString(log));
        Thread.sleep(5000);
        return Files.readString(log);
    }

    /** The processor types of a universal Mach-O library's builds, each checked to be a 64-bit library. */
    private static List<Integer> slices(String name, byte[] lib) {
        ByteBuffer fat = ByteBuffer.wrap(lib).order(ByteOrder.BIG_ENDIAN);
        assertEquals(0xCAFEBABE, fat.getInt(0), name + " is not a universal library");
        List<Integer> cpus = new ArrayList<>();
        for (int i = 0; i < fat.getInt(4); i++) {
            int at = 8 + 20 * i;
            int offset = fat.getInt(at + 8);
            ByteBuffer thin = ByteBuffer.wrap(lib, offset, fat.getInt(at + 12)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0xFEEDFACF, thin.getInt(offset), name + ": build " + i + " is not a 64-bit Mach-O library");
            assertEquals(fat.getInt(at), thin.getInt(offset + 4), name + ": build " + i + " has another processor");
            assertEquals(0, offset % 16384, name + ": build " + i + " does not start on a 16 KiB page");
            cpus.add(fat.getInt(at));
        }
        return cpus;
    }

    private static Set<String> natives() throws IOException {
        Set<String> found = new TreeSet<>();
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            jar.stream().map(ZipEntry::getName).filter(n -> !n.contains("/"))
                    .filter(n -> n.endsWith(".dll") || n.endsWith(".so") || n.endsWith(".dylib")).forEach(found::add);
        }
        return found;
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("viewer.jar", "target/sspr-audit-viewer.jar"));
        assertTrue(Files.isRegularFile(jar), "no runnable jar at " + jar + ": this test runs after mvn package");
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
