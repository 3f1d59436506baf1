import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Joins the JavaFX native libraries of macOS on Intel and on Apple silicon into universal (fat) Mach-O libraries.
 *
 * <p>JavaFX looks its libraries up at the root of the class path under one name per system
 * ({@code /libglass.dylib}), so one jar cannot hold both Mac builds side by side. A universal library holds both
 * builds unchanged, each with its own code signature, and macOS loads the one of its processor, as it does for
 * {@code lipo -create}. Run by the build (prepare-package) with the JDK's source launcher:
 * {@code java src/build/UniversalDylibs.java INTEL_JAR APPLE_SILICON_JAR OUT_DIR}.
 */
public final class UniversalDylibs {

    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int MACHO_64_MAGIC = 0xFEEDFACF;
    /** 16 KiB: the page size of Apple silicon, a multiple of Intel's 4 KiB, so both builds load where they lie. */
    private static final int ALIGN_POWER = 14;

    private UniversalDylibs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UniversalDylibs INTEL_JAR APPLE_SILICON_JAR OUT_DIR");
        }
        Map<String, byte[]> intel = dylibs(Path.of(args[0]));
        Map<String, byte[]> arm = dylibs(Path.of(args[1]));
        if (intel.isEmpty() || !intel.keySet().equals(arm.keySet())) {
            throw new IllegalStateException("the two Mac builds of JavaFX hold different libraries: "
                    + intel.keySet() + " and " + arm.keySet());
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : intel.entrySet()) {
            Files.write(out.resolve(e.getKey()), universal(e.getValue(), arm.get(e.getKey())));
        }
        System.out.println("UniversalDylibs: " + intel.size() + " universal libraries in " + out);
    }

    /** The {@code .dylib} files at the root of a jar, by name. */
    private static Map<String, byte[]> dylibs(Path jar) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory() && !e.getName().contains("/") && e.getName().endsWith(".dylib")) {
                    found.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return found;
    }

    /** A fat header naming each build's processor, then each build unchanged at a 16 KiB boundary. */
    static byte[] universal(byte[]... thin) {
        int headerSize = 8 + 20 * thin.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FAT_MAGIC).putInt(thin.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = align(headerSize);
        for (byte[] lib : thin) {
            ByteBuffer mach = ByteBuffer.wrap(lib).order(ByteOrder.LITTLE_ENDIAN);
            if (mach.getInt(0) != MACHO_64_MAGIC) {
                throw new IllegalStateException("not a 64-bit Mach-O library");
            }
            header.putInt(mach.getInt(4)).putInt(mach.getInt(8)).putInt(offset).putInt(lib.length).putInt(ALIGN_POWER);
            body.writeBytes(new byte[offset - headerSize - body.size()]);
            body.writeBytes(lib);
            offset = align(headerSize + body.size());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(header.array());
        all.writeBytes(body.toByteArray());
        return all.toByteArray();
    }

    private static int align(int at) {
        int page = 1 << ALIGN_POWER;
        return (at + page - 1) / page * page;
    }
}
